package de.dienstleistungspool.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Runs calls at the same instant from one thread each and counts their answers (HTTP statuses). */
public final class Race {

    private Race() {
    }

    /** Starts every call at once and returns how many answered each status. */
    public static Map<Integer, Long> run(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** No two active bookings of one offer, nor of one owner's person, overlap (buffer included). */
    public static long overlappingActivePairs() {
        return PoolFeed.count("""
                select count(*) from booking a join booking b on a.id < b.id and a.occupied && b.occupied
                   and (a.offer_id = b.offer_id or (a.person_id = b.person_id and a.provider_member_id = b.provider_member_id))
                 where a.status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')
                   and b.status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')
                """);
    }
}
