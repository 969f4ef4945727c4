package io.pairwise.matching.domain.lifecycle;

import java.util.Map;

/** Each mentor's price (dual value) from the program's last batch: how contested the mentor is. */
public interface PriceBook {

    Map<String, Double> of(String programId);
}
