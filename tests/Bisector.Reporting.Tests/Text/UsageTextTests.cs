using Bisector.Core.Domain;
using Bisector.Core.Explain;
using Bisector.Core.Failures;
using Bisector.Core.Nightly;
using Bisector.Reporting.Explain;
using Bisector.Reporting.Nightly;
using Bisector.Reporting.Text;
using Xunit;

namespace Bisector.Reporting.Tests.Text;

/// <summary>The engine's typed failures and facts in the words the user reads: each written once here.</summary>
public sealed class UsageTextTests
{
    private static readonly CommitInfo s_good = SampleResults.Good;
    private static readonly CommitInfo s_bad = SampleResults.Bad;

    public static TheoryData<UsageFailure, string> Failures() => new()
    {
        { new SinceNotOnBranch(s_good, "main", s_bad), "--since 1111111111 is not on the first-parent line of main (ffffffffff): give a commit of that branch." },
        {
            new BranchRewritten("main", s_bad, new string('9', 40)),
            "main (ffffffffff) no longer contains 9999999999, the newest commit of its history: the branch was rewritten. Start a new history with another --db, or measure another branch."
        },
        { new UnknownBenchmark("fastest", "/c/bisect.json", ["add_local", "load_store"]), "Benchmark 'fastest' is not in /c/bisect.json. Choose one of: add_local, load_store." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Each_failure_reads_as_its_sentence_and_the_exception_carries_the_same_words(UsageFailure failure, string expected)
    {
        Assert.Equal(expected, UsageText.Describe(failure));
        Assert.Equal(expected, UsageText.Describe(new UsageException(failure)));
    }

    [Fact]
    public void A_commit_a_night_could_not_measure_says_which_stage_failed()
    {
        Assert.Equal("does not build: make exited with code 2 (log: /w/build.log)", NotMeasuredText.Describe(new NotMeasured(Built: false, "make exited with code 2", "/w/build.log")));
        Assert.Equal("the benchmark failed: exit 139", NotMeasuredText.Describe(new NotMeasured(Built: true, "exit 139", null)));
    }

    [Fact]
    public void A_profile_says_how_it_was_taken_and_counts_its_runs()
    {
        Assert.Equal("perf record -e cpu-clock, frame pointers: 1204 samples over 1 run", ProfileMethodText.Describe(new ProfileMethod("perf", "cpu-clock", "frame pointers", 1204, 1)));
        Assert.Equal("callgrind (Ir): 61643542 instructions over 3 runs", ProfileMethodText.Describe(new ProfileMethod("callgrind", "Ir", "none", 61_643_542, 3)));
    }
}
