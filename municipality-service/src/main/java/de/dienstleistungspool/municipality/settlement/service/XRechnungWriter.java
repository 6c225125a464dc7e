package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.config.SettlementConfig;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetails;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetailsRepository;
import de.dienstleistungspool.municipality.settlement.domain.IssuedInvoice;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.MemberInfo;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
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
 * they correct). The seller is the party that is paid, the buyer the paying body, whose Leitweg-ID is the
 * BuyerReference (BT-10). Water-supply services are taxed at the configured rate; wastewater disposal is a sovereign
 * task and not subject to VAT (category O).
 */
@ApplicationScoped
public class XRechnungWriter {

    @Inject
    MemberDirectory directory;

    @Inject
    BillingDetailsRepository billing;

    @Inject
    SettlementConfig config;

    /** The document's head: its number, type and issue date, and for a credit note the invoice it corrects. */
    public record Head(String number, String typeCode, LocalDate issueDate, String correctsNumber, LocalDate correctsIssueDate) {
    }

    /** The XML of the draft's document from seller to buyer, under the given head. */
    public byte[] write(InvoiceDraft draft, Head head) {
        UUID sellerId = draft.sellerId();
        UUID buyerId = draft.buyerId();
        Sector sector = draft.sector();
        InvoiceDraft.Line line = draft.line();
        MemberInfo seller = directory.member(sellerId).orElseThrow(() -> ProblemException.notFound("Member", sellerId));
        MemberInfo buyer = directory.member(buyerId).orElseThrow(() -> ProblemException.notFound("Member", buyerId));
        if (buyer.leitwegId() == null || buyer.leitwegId().isBlank()) {
            throw ProblemException.conflict("leitweg-id-missing", buyer.name() + " has no Leitweg-ID; an XRechnung needs it as BuyerReference");
        }
        BillingDetails details = billing.find(sellerId).filter(d -> d.iban() != null)
                .orElseThrow(() -> ProblemException.conflict("billing-details-missing", seller.name()
                        + " has no bank account in its billing details (PUT /settlement/billing-details/" + sellerId + ")"));
        if (seller.email() == null) {
            throw ProblemException.conflict("contact-missing", seller.name() + " has no contact e-mail; an XRechnung needs the seller's contact");
        }
        boolean taxable = sector == Sector.WATER_SUPPLY;
        if (taxable && details.taxNumber() == null && details.vatId() == null) {
            throw ProblemException.conflict("billing-details-missing", seller.name() + " has neither tax number nor VAT id for a taxable water-supply invoice");
        }
        TradeParty sellerParty = party(seller).setID(seller.id().toString())
                .setContact(new Contact("Kasse " + seller.name(), phone(seller), seller.email()));
        if (taxable && details.vatId() != null) {
            sellerParty.addVATID(details.vatId());
        } else if (taxable || details.taxNumber() != null) {
            sellerParty.addTaxID(details.taxNumber());
        }
        sellerParty.addBankDetails(new BankDetails(details.iban(), details.bic()).setAccountName(seller.name()));
        Product product = new Product(line.name(), line.description(), line.uneceUnit(),
                taxable ? config.waterSupplyVatPercent() : BigDecimal.ZERO);
        if (!taxable) {
            product.setTaxCategoryCode("O").setTaxExemptionReason("Nicht steuerbar: hoheitliche Abwasserbeseitigung");
        }
        Invoice invoice = new Invoice().setNumber(head.number()).setCurrency("EUR")
                .setIssueDate(date(head.issueDate()))
                .setDueDate(date(head.issueDate().plusDays(config.paymentTermDays())))
                .setDeliveryDate(date(draft.to())).setDetailedDeliveryPeriod(date(draft.from()), date(draft.to()))
                .setSender(sellerParty).setRecipient(party(buyer)).setReferenceNumber(buyer.leitwegId())
                .addItem(new Item(product, line.unitPrice(), line.quantity()));
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

    private static TradeParty party(MemberInfo m) {
        if (m.street() == null || m.postalCode() == null || m.city() == null) {
            throw ProblemException.conflict("address-missing", m.name() + " has no complete postal address for an XRechnung");
        }
        TradeParty party = new TradeParty(m.name(), m.street(), m.postalCode(), m.city(), "DE");
        return m.email() == null ? party : party.setEmail(m.email());
    }

    private static String phone(MemberInfo m) {
        return m.phone() == null ? "-" : m.phone();
    }

    /** Mustang prints a date in the JVM's time zone, so the calendar day is handed over at noon of that zone. */
    private static Date date(LocalDate d) {
        return Date.from(d.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
    }
}
