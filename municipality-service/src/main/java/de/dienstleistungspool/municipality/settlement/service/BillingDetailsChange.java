package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.BillingDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change of billing details changed, and the IBAN as the announcement shows it (its last four characters): a
 * changed bank account is what an attacker who got hold of an accounting login would do first, so it is announced.
 */
public record BillingDetailsChange(List<String> changedFields, String ibanLast4) {

    /** The fields that differ (none when the details are the same); {@code before} is null for a member's first ones. */
    public static BillingDetailsChange of(BillingDetails before, BillingDetails after) {
        BillingDetails was = before != null ? before : new BillingDetails(after.memberId(), null, null, null, null);
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(was.taxNumber(), after.taxNumber())) {
            changed.add("taxNumber");
        }
        if (!Objects.equals(was.vatId(), after.vatId())) {
            changed.add("vatId");
        }
        if (!Objects.equals(was.iban(), after.iban())) {
            changed.add("iban");
        }
        if (!Objects.equals(was.bic(), after.bic())) {
            changed.add("bic");
        }
        return new BillingDetailsChange(List.copyOf(changed), lastFour(after.iban()));
    }

    public boolean isEmpty() {
        return changedFields.isEmpty();
    }

    /** The last four characters ({@code 3000}), all that leaves this service of an IBAN; null stays null. */
    public static String lastFour(String iban) {
        return iban == null ? null : iban.substring(iban.length() - 4);
    }
}
