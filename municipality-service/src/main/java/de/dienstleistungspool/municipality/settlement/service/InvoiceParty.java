package de.dienstleistungspool.municipality.settlement.service;

/**
 * A seller or buyer as an XRechnung names it, whether a member or the pool: identifier, name, address, Leitweg-ID,
 * contact, tax registration and bank account, and where the missing parts are entered.
 */
public record InvoiceParty(String id, String name, String street, String postalCode, String city, String leitwegId,
                           String email, String phone, String taxNumber, String vatId, String iban, String bic,
                           String maintainedAt) {
}
