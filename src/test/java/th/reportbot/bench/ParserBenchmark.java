package th.reportbot.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import th.reportbot.parse.AdversarialMessages;
import th.reportbot.parse.Corpus;
import th.reportbot.parse.ReportParser;
import th.reportbot.roster.RosterLoader;

/**
 * Messages per second on one thread: over the whole corpus, and over 5,000-character adversarial messages.
 * Run with the README's benchmark command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParserBenchmark {
    private static final LocalDate FRIDAY = LocalDate.of(2023, 6, 2);
    /** Messages per invocation; setUp refuses to run when the inputs no longer have these sizes. */
    private static final int CORPUS_MESSAGES = 765;
    private static final int ADVERSARIAL_MESSAGES = 17;

    private ReportParser parser;
    private List<String> corpus;
    private List<String> adversarial;
    private List<String> adversarial1000;

    @Setup
    public void setUp() {
        parser = new ReportParser(new RosterLoader().load(Path.of("config/ban-lat.yaml")));
        corpus = Corpus.all().stream().map(Corpus.Case::text).toList();
        adversarial = AdversarialMessages.all();
        adversarial1000 = AdversarialMessages.all(1_000);
        if (corpus.size() != CORPUS_MESSAGES || adversarial.size() != ADVERSARIAL_MESSAGES) {
            throw new IllegalStateException("The corpus has " + corpus.size() + " messages and the adversarial set "
                    + adversarial.size() + ": update CORPUS_MESSAGES and ADVERSARIAL_MESSAGES");
        }
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_MESSAGES)
    public void corpusMessages(Blackhole bh) {
        for (String text : corpus) {
            bh.consume(parser.parse(text, null, FRIDAY));
        }
    }

    /** The same shapes at a fifth of the length: linear parsing makes this about five times the 5,000 figure. */
    @Benchmark
    @OperationsPerInvocation(ADVERSARIAL_MESSAGES)
    public void adversarial1000CharMessages(Blackhole bh) {
        for (String text : adversarial1000) {
            bh.consume(parser.parse(text, null, FRIDAY));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ADVERSARIAL_MESSAGES)
    public void adversarial5000CharMessages(Blackhole bh) {
        for (String text : adversarial) {
            bh.consume(parser.parse(text, null, FRIDAY));
        }
    }
}
