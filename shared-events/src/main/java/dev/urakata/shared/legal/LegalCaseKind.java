package dev.urakata.shared.legal;

/** What a legal case is about. */
public enum LegalCaseKind {
    /** A lawsuit by or against the company. */
    LITIGATION,
    /** Collecting a debt a customer did not pay after every reminder. */
    COLLECTION,
    /** A dispute with an employee or former employee. */
    EMPLOYMENT,
    /** An inquiry or proceeding by a regulator. */
    REGULATORY,
    /** Anything else. */
    OTHER
}
