/**
 * Reads a chat message into REPORT (sure or unsure), ASK or IGNORE. Plain Java: no Spring, no Redis, no stored history.
 * <p>
 * <b>The count model.</b> A number is a count of registrations only with evidence:
 * <ol>
 *   <li>a count label right before it, with only spaces, ':', '=' or "ThaiD" between ("รวม 147", "ยอด ThaiD 77");</li>
 *   <li>a unit after it: ราย, คน, ท่าน ("214 คน");</li>
 *   <li>a place in a form-like row: three numbers, split by spaces, slashes or tabs;</li>
 *   <li>an arrow between two numbers ("202 → 210");</li>
 *   <li>an equation a+b=c ("60+9=69");</li>
 *   <li>a bare number beside an organisation's name in an otherwise empty message ("ไร่โคก 219"; {@code Residue}).</li>
 * </ol>
 * A bare number among other words is a count only when the message speaks of registrations (ThaiD, ลงทะเบียน, รายงาน,
 * ยอด, รวม). The report is then marked unsure and the bot asks for confirmation. Otherwise it is chatter: silence.
 * <p>
 * <b>Never a count</b> ({@code CountContext}, {@code Tokenizer}): phone numbers, postal codes and bare five-digit
 * numbers, times, dates and date ranges, money, percentages, ids and codes (leading zeros, letter numbers, "7/1"),
 * versions (a Latin word before the number), durations, counts of other things, ordinals, population, target and
 * quota figures, negated numbers, laughter ("555"), list and row numbers, and numbers of more than 9 digits.
 * <p>
 * The words are in {@code Labels}. Which count is which field is decided in {@code SegmentReader}, and the outcome in
 * {@code ReportParser}. The rules and their Thai examples are in docs/design.md, "What makes a number a count". The
 * specification is the corpus in src/test/resources/corpus/.
 */
package th.reportbot.parse;
