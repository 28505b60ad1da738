using Bisector.Core.Abstractions;
using Bisector.Core.Domain;
using Bisector.Core.Measurement;
using Bisector.Core.Statistics;

namespace Bisector.Core.Session;

/// <summary>The collaborators of one session, made for one run over the same builds, sampler, journal and record.</summary>
internal sealed class SessionCrew
{
    public SessionCrew(
        ICommitGraph graph, IBuilder builder, IBenchmarkRunner runner, IJournal journal, VerdictEngine engine, ISessionObserver observer,
        InstructionProbe? instructions, bool buildAhead, int workers, ExecutorKind executor)
    {
        var sampler = new Sampler(journal, observer);
        Builds = new BuildScheduler(builder, observer, buildAhead);
        Record = new SessionRecord(journal, observer);
        Pairs = new PairedComparer(journal, runner, engine, sampler);
        var tester = new StepTester(journal, engine, Pairs, Builds);
        Search = new CommitSearch(Builds, tester, journal, Record, observer, workers);
        Repair = new StepRepair(tester, Record, observer);
        Recheck = new Recheck(Builds, Pairs, engine, Record, observer);
        Merges = new MergeDescent(graph, Builds, Pairs, Search, Recheck, Record, observer);
        Counts = new InstructionCounter(instructions, journal, sampler, Builds, engine, Record, observer);
        Layouts = new LayoutCheck(builder as ILayoutBuilder, runner, sampler, journal, engine, Record, observer, executor);
        EveryStep = new EveryStep(graph, Builds, runner, sampler, journal, Pairs, engine, new MapLayouts(Layouts, engine, Record, observer), observer);
        var workSearch = new WorkBisection(Counts, Builds, journal, observer);
        Work = new WorkFollower(Counts, workSearch, new WorkMergeDescent(graph, Counts, Builds, journal, workSearch, observer), journal, EveryStep, engine, observer);
        Results = new SessionResults(journal, engine, Record, Builds, sampler, Search, workers, executor);
    }

    public BuildScheduler Builds { get; }

    public SessionRecord Record { get; }

    public PairedComparer Pairs { get; }

    public CommitSearch Search { get; }

    public StepRepair Repair { get; }

    public Recheck Recheck { get; }

    public MergeDescent Merges { get; }

    public InstructionCounter Counts { get; }

    public WorkFollower Work { get; }

    public EveryStep EveryStep { get; }

    public LayoutCheck Layouts { get; }

    public SessionResults Results { get; }
}
