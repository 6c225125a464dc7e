package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.config.SettlementConfig;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetails;
import de.dienstleistungspool.municipality.settlement.domain.BillingDetailsRepository;
import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository;
import de.dienstleistungspool.municipality.settlement.domain.EntryKind;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLineRepository;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.MemberInfo;
import de.dienstleistungspool.municipality.settlement.domain.Payment;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.municipality.settlement.domain.SettlementMode;
import de.dienstleistungspool.municipality.settlement.domain.Side;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * Writes XRechnung 3 invoices (UN/CEFACT CII) with Mustang: the seller is the member that is paid, the buyer the
 * paying body, whose Leitweg-ID is the BuyerReference (BT-10). Water-supply services are taxed at the configured
 * rate; wastewater disposal is a sovereign task and not subject to VAT (category O).
 */
@ApplicationScoped
public class XRechnungService {

    @Inject
    MemberDirectory directory;

    @Inject
    BillingDetailsRepository billing;

    @Inject
    SettlementConfig config;

    @Inject
    LedgerLineRepository ledger;

    @Inject
    ClosedYearRepository closedYears;

    @Inject
    SettlementAccess access;

    /** An invoice file: its XML and the file name it is offered under (without extension). */
    public record InvoiceFile(String name, byte[] xml) {
    }

    /** The XRechnung of a monetary booking: the provider invoices the consumer at the year's rate. */
    @Transactional
    public InvoiceFile bookingInvoice(UUID bookingId) {
        LedgerLine l = ledger.ofBooking(bookingId).stream()
                .filter(x -> x.side == Side.CREDIT && x.entryKind == EntryKind.USAGE && x.settlementMode == SettlementMode.MONETARY)
                .findFirst().orElseThrow(() -> ProblemException.notFound("Monetary booking", bookingId));
        access.requireParty(l.regionId, l.memberId, l.counterpartyId, "Monetary booking", bookingId);
        if (ledger.isReversed(l.entryId)) {
            throw ProblemException.conflict("reversed", "The ledger entry of booking " + bookingId + " was reversed; there is nothing to invoice");
        }
        if (!l.isValued()) {
            throw ProblemException.conflict("rate-missing", "Booking " + bookingId + " is not yet valued: region has no rate for "
                    + l.sector + "/" + l.category + " (" + l.unit + ") in " + l.year + "; it is valued when the coordinator publishes that year's rates");
        }
        LocalDate end = l.usageEnd.atZone(LedgerService.BERLIN).toLocalDate();
        LocalDate start = l.usageStart == null ? end : l.usageStart.atZone(LedgerService.BERLIN).toLocalDate();
        byte[] xml = invoice("DLP-" + l.year + "-" + l.entryId, l.memberId, l.counterpartyId, l.sector, start, end,
                new InvoiceLine(l.offerTitle == null ? l.category : l.offerTitle, "Buchung " + bookingId + ", Kategorie " + l.category,
                        l.unit.unece(), l.quantity, l.valueRate()),
                "Leistung aus dem Dienstleistungspool, Buchung " + bookingId + ", Verrechnungssatz " + l.year);
        return new InvoiceFile("xrechnung-booking-" + bookingId, xml);
    }

    /** The XRechnung of a bilateral year-end payment: the creditor invoices the debtor. */
    @Transactional
    public InvoiceFile paymentInvoice(UUID paymentId) {
        Payment p = closedYears.payment(paymentId).orElseThrow(() -> ProblemException.notFound("Payment", paymentId));
        Object[] owner = closedYears.paymentOwner(paymentId);
        UUID region = (UUID) owner[0];
        int year = ((Number) owner[1]).intValue();
        access.requireParty(region, p.payerId(), p.payeeId(), "Payment", paymentId);
        if (p.netting() == Payment.Netting.MULTILATERAL) {
            throw ProblemException.conflict("pool-payment", "Payments to or from the pool are settled through the pool's clearing "
                    + "statement, not invoiced between members; use the bilateral payments or the statement");
        }
        byte[] xml = invoice("DLP-" + year + "-J-" + paymentId, p.payeeId(), p.payerId(), p.sector(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                new InvoiceLine("Jahresausgleich nicht-monetärer Leistungen " + year, p.sector().german() + ", Saldo laut Jahresabschluss",
                        "C62", BigDecimal.ONE, p.amount()),
                "Ausgleich des Saldos gegenseitiger Leistungen " + year + " (" + p.sector().german() + ") laut Jahresabschluss des Pools");
        return new InvoiceFile("xrechnung-payment-" + paymentId, xml);
    }

    /** One invoice line: what was provided, how much, at which net unit price. */
    public record InvoiceLine(String name, String description, String uneceUnit, BigDecimal quantity, BigDecimal unitPrice) {
    }

    /** The XML of an invoice from seller to buyer in the given sector, for the service period from..to. */
    public byte[] invoice(String number, UUID sellerId, UUID buyerId, Sector sector, LocalDate from, LocalDate to,
                          InvoiceLine line, String note) {
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
        Invoice invoice = new Invoice().setNumber(number).setCurrency("EUR")
                .setIssueDate(date(LocalDate.now(LedgerService.BERLIN)))
                .setDueDate(date(LocalDate.now(LedgerService.BERLIN).plusDays(config.paymentTermDays())))
                .setDeliveryDate(date(to)).setDetailedDeliveryPeriod(date(from), date(to))
                .setSender(sellerParty).setRecipient(party(buyer)).setReferenceNumber(buyer.leitwegId())
                .addItem(new Item(product, line.unitPrice(), line.quantity()));
        invoice.setPaymentTermDescription("Zahlbar innerhalb von " + config.paymentTermDays() + " Tagen ohne Abzug");
        invoice.addNote(note);
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

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(LedgerService.BERLIN).toInstant());
    }
}
