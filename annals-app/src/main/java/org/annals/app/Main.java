package org.annals.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command: analyse news, store it, and query who did what to whom. */
@Command(
        name = "annals",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Annals: who did what to whom, when, where, and in whose words.",
        subcommands = {
            DemoCommand.class,
            AnalyzeCommand.class,
            ExplainCommand.class,
            ExtractCommand.class,
            IngestCommand.class,
            ReanalyzeCommand.class,
            WatchCommand.class,
            EventsCommand.class,
            ExportCommand.class,
            QuotesCommand.class,
            ActorsCommand.class,
            SearchCommand.class,
            SqlCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args));
    }

    /** Runs the CLI with the given streams; returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("annals: " + ErrorMessages.describe(e));
            if (!(e instanceof UserException)) {
                commandLine
                        .getErr()
                        .println(
                                "(this is a bug or an environment problem; run with -Dannals.debug=true for the stack trace)");
                if (Boolean.getBoolean("annals.debug")) {
                    e.printStackTrace(commandLine.getErr());
                }
            }
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
