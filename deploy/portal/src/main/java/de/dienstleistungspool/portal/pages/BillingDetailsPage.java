package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.clients.SettlementApi;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Rechnungsangaben, for the member's accounting: the tax number or VAT id and the bank account its XRechnungen
 * carry as seller; without them municipality-service refuses to write an invoice.
 */
@Path(BillingDetailsPage.PATH)
@Produces(MediaType.TEXT_HTML)
public class BillingDetailsPage {

    static final String PATH = PagePolicy.ACCOUNTING_PATH + "/rechnungsangaben";

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @Inject
    AdminMessages adm;

    @RestClient
    SettlementApi settlement;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance billing(SettlementApi.BillingDetails details, String notice, String error);
    }

    @GET
    public TemplateInstance billing(@QueryParam("gespeichert") String saved) {
        PagePolicy.require(PagePolicy.mayUseAccounting(person));
        return Templates.billing(stored(), saved != null ? adm.billing_saved() : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("steuernummer") String taxNumber, @FormParam("ustid") String vatId,
            @FormParam("iban") String iban, @FormParam("bic") String bic) {
        PagePolicy.require(PagePolicy.mayUseAccounting(person));
        UUID member = person.session().memberId();
        SettlementApi.BillingDetails typed = new SettlementApi.BillingDetails(member, text(taxNumber), compact(vatId),
                compact(iban), compact(bic));
        try {
            settlement.saveBillingDetails(member, typed);
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.billing(typed, null, Refusals.explain(msg, e))).build();
        }
        return Response.seeOther(URI.create(PATH + "?gespeichert=1")).build();
    }

    /** The member's details, or empty ones before accounting entered any. */
    private SettlementApi.BillingDetails stored() {
        UUID member = person.session().memberId();
        try {
            return settlement.billingDetails(member);
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                return new SettlementApi.BillingDetails(member, null, null, null, null);
            }
            throw e;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** IBAN, BIC and VAT id as people write them ("DE89 3704 …", lower case) in the form the service checks. */
    private static String compact(String value) {
        String v = text(value);
        return v == null ? null : v.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
