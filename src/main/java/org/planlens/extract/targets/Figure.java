package org.planlens.extract.targets;

/**
 * A figure printed in the text that may state a target.
 *
 * @param value   the number
 * @param unit    {@code %}, {@code %/năm} or the counted thing
 * @param ratio   printed as n/m of a unit ("9/9 xã")
 * @param count   a count of things, a target only with a bound
 * @param rate    a rate of things per others or a multiple ("2,1 con/phụ nữ", "1,7 lần"), a target only with a bound,
 *                a verb of change or a linking verb before it ("01 cá nhân/01 ban" alone is a quota)
 * @param after   comparator code of a bound printed after the figure ("trở lên"), else null
 * @param start   offset of the figure
 * @param end     end of the figure and what is printed after it
 */
record Figure(
        double value, String unit, boolean ratio, boolean count, boolean rate, String after, int start, int end) {}
