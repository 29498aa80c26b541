package dev.urakata.shared.it;

/** What kind of thing an IT asset is. */
public enum AssetType {
    /** A laptop; every new employee gets one during onboarding. */
    LAPTOP,
    /** A desktop computer. */
    DESKTOP,
    /** A mobile phone. */
    PHONE,
    /** A monitor or other peripheral. */
    PERIPHERAL,
    /** An access badge or token. */
    BADGE,
    /** Anything else. */
    OTHER
}
