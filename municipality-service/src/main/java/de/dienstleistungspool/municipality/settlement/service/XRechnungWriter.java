package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.config.SettlementConfig;
import de.dienstleistungspool.municipality.settlement.domain.IssuedInvoice;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * Writes XRechnung 3 documents (UN/CEFACT CII) with Mustang: invoices (380) and credit notes (381, naming the invoice
 * they correct). The seller is the party that is paid, the buyer the paying body (a member or the pool), whose
 * Leitweg-ID is the BuyerReference (BT-10), else the buyer's own reference from the booking; that order number is
 * also the purchase order reference (BT-13). Water-supply services are taxed at the configured rate; wastewater disposal is a sovereign
 * task and not subject to VAT (category O).
 */
@ApplicationScoped
public class XRechnungWriter {

    @Inject
    InvoiceParties parties;

    @Inject
    SettlementConfig config;

    /** The document's head: its number, type and issue date, and for a credit note the invoice it corrects. */
    public record Head(String number, String typeCode, LocalDate issueDate, String correctsNumber, LocalDate correctsIssueDate) {
    }

    /** The XML of the draft's document from seller to buyer (a member or the pool), under the given head. */
    public byte[] write(InvoiceDraft draft, Head head) {
        InvoiceParty seller = parties.of(draft.regionId(), draft.sellerId());
        InvoiceParty buyer = parties.of(draft.regionId(), draft.buyerId());
        InvoiceDraft.Line line = draft.line();
        String buyerReference = buyerReference(buyer, draft);
        if (buyerReference == null) {
            throw ProblemException.conflict("leitweg-id-missing", buyer.name() + " has no Leitweg-ID and the booking names no "
                    + "externalReference or costCentre; an XRechnung needs one of them as BuyerReference");
        }
        if (seller.iban() == null) {
            throw ProblemException.conflict("billing-details-missing", seller.name() + " has no bank account in its billing details ("
                    + seller.maintainedAt() + ")");
        }
        if (seller.email() == null) {
            throw ProblemException.conflict("contact-missing", seller.name() + " has no contact e-mail; an XRechnung needs the seller's contact");
        }
        boolean taxable = draft.sector() == Sector.WATER_SUPPLY;
        if (taxable && seller.taxNumber() == null && seller.vatId() == null) {
            throw ProblemException.conflict("billing-details-missing", seller.name() + " has neither tax number nor VAT id for a taxable "
                    + "water-supply invoice (" + seller.maintainedAt() + ")");
        }
        TradeParty sellerParty = party(seller).setID(seller.id())
                .setContact(new Contact("Kasse " + seller.name(), seller.phone() == null ? "-" : seller.phone(), seller.email()));
        if (taxable && seller.vatId() != null) {
            sellerParty.addVATID(seller.vatId());
        } else if (taxable || seller.taxNumber() != null) {
            sellerParty.addTaxID(seller.taxNumber());
        }
        sellerParty.addBankDetails(new BankDetails(seller.iban(), seller.bic()).setAccountName(seller.name()));
        Product product = new Product(line.name(), line.description(), line.uneceUnit(),
                taxable ? config.waterSupplyVatPercent() : BigDecimal.ZERO);
        if (!taxable) {
            product.setTaxCategoryCode("O").setTaxExemptionReason("Nicht steuerbar: hoheitliche Abwasserbeseitigung");
        }
        Invoice invoice = new Invoice().setNumber(head.number()).setCurrency("EUR")
                .setIssueDate(date(head.issueDate()))
                .setDueDate(date(head.issueDate().plusDays(config.paymentTermDays())))
                .setDeliveryDate(date(draft.to())).setDetailedDeliveryPeriod(date(draft.from()), date(draft.to()))
                .setSender(sellerParty).setRecipient(party(buyer)).setReferenceNumber(buyerReference)
                .addItem(new Item(product, line.unitPrice(), line.quantity()));
        if (draft.orderReference() != null) {
            invoice.setBuyerOrderReferencedDocumentID(draft.orderReference());
        }
        if (IssuedInvoice.CREDIT_NOTE.equals(head.typeCode())) {
            invoice.setCreditNote().setInvoiceReferencedDocumentID(head.correctsNumber())
                    .setInvoiceReferencedIssueDate(date(head.correctsIssueDate()));
            invoice.setPaymentTermDescription("Gutschrift zu Rechnung " + head.correctsNumber()
                    + ": Erstattung oder Verrechnung innerhalb von " + config.paymentTermDays() + " Tagen");
            invoice.addNote("Gutschrift zu Rechnung " + head.correctsNumber() + " vom " + head.correctsIssueDate() + ". " + draft.note());
        } else {
            invoice.setPaymentTermDescription("Zahlbar innerhalb von " + config.paymentTermDays() + " Tagen ohne Abzug");
            invoice.addNote(draft.note());
        }
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRechnung"));
        provider.generateXML(invoice);
        return provider.getXML();
    }

    /** BT-10: the buyer's Leitweg-ID; without one the buyer's own reference from the booking (order number, else cost centre). */
    private static String buyerReference(InvoiceParty buyer, InvoiceDraft draft) {
        if (buyer.leitwegId() != null && !buyer.leitwegId().isBlank()) {
            return buyer.leitwegId();
        }
        return draft.orderReference() != null ? draft.orderReference() : draft.costCentre();
    }

    private static TradeParty party(InvoiceParty p) {
        if (p.street() == null || p.postalCode() == null || p.city() == null) {
            throw ProblemException.conflict("address-missing", p.name() + " has no complete postal address for an XRechnung");
        }
        TradeParty party = new TradeParty(p.name(), p.street(), p.postalCode(), p.city(), "DE");
        return p.email() == null ? party : party.setEmail(p.email());
    }

    /** Mustang prints a date in the JVM's time zone, so the calendar day is handed over at noon of that zone. */
    private static Date date(LocalDate d) {
        return Date.from(d.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
    }
}
