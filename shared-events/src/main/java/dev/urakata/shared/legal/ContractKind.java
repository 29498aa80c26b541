package dev.urakata.shared.legal;

/** Who the other party of a contract is. */
public enum ContractKind {
    /** With an employee; the counterparty id is an employee id. */
    EMPLOYMENT,
    /** With a supplier; the counterparty id is a supplier id. */
    SUPPLIER,
    /** With a customer; the counterparty id is a customer id. */
    CUSTOMER
}
