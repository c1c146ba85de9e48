package io.precis.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cases from Porter's 1980 paper and his reference vocabulary (the Perl variant that ROUGE-1.5.5 uses). */
class PorterStemmerTest {

    @Test
    void stepsOfThePaper() {
        String[][] cases = {
                {"caresses", "caress"}, {"ponies", "poni"}, {"cats", "cat"}, {"feed", "feed"}, {"agreed", "agre"},
                {"plastered", "plaster"}, {"motoring", "motor"}, {"sing", "sing"}, {"conflated", "conflat"},
                {"hopping", "hop"}, {"falling", "fall"}, {"filing", "file"}, {"happy", "happi"},
                {"relational", "relat"}, {"conditional", "condit"}, {"valenci", "valenc"}, {"digitizer", "digit"},
                {"generalization", "gener"}, {"hopefulness", "hope"}, {"triplicate", "triplic"},
                {"electrical", "electr"}, {"revival", "reviv"}, {"adjustment", "adjust"}, {"adoption", "adopt"},
                {"probate", "probat"}, {"controll", "control"}, {"roll", "roll"}, {"generously", "gener"},
                {"yelling", "yell"}, {"is", "is"}};
        for (String[] c : cases) assertEquals(c[1], PorterStemmer.stem(c[0]), c[0]);
    }
}
