using Bisector.Git.Samples;
using Bisector.Testing;
using LibGit2Sharp;

namespace Bisector.Git.Tests.Samples;

public sealed class SampleRepositoryTests
{
    [Fact]
    public void The_sample_history_is_identical_on_every_creation()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        SampleRepository.Create(first.Path);
        SampleRepository.Create(second.Path);

        using var a = new Repository(first.Path);
        using var b = new Repository(second.Path);
        Assert.Equal(a.Head.Tip.Sha, b.Head.Tip.Sha);
        Assert.Equal(a.Tags["v1.0"].Target.Sha, b.Tags["v1.0"].Target.Sha);
    }

    [Fact]
    public void The_sample_has_at_least_60_commits_on_main_one_merge_one_broken_commit_and_one_regression()
    {
        using var folder = new TempDirectory();
        SampleRepository.Create(folder.Path);
        using var repo = new Repository(folder.Path);

        var mainLine = repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = "main", FirstParentOnly = true }).ToArray();

        Assert.True(mainLine.Length >= 60, $"{mainLine.Length} commits on main");
        Assert.Single(mainLine, c => c.Parents.Count() == 2);
        Assert.Single(mainLine, c => c.MessageShort == SampleRepository.BrokenSubject);
        var touchingDispatch = mainLine.Where(c => c.Parents.Any() && c.Tree["ceval_macros.h"].Target.Sha != c.Parents.First().Tree["ceval_macros.h"].Target.Sha).ToArray();
        var regression = Assert.Single(touchingDispatch);
        Assert.Equal(SampleRepository.RegressionSubject, regression.MessageShort);
        Assert.Equal(TagType.Annotated, repo.Tags["v1.0"].IsAnnotated ? TagType.Annotated : TagType.Lightweight);
    }

    [Fact]
    public void Creating_the_sample_in_a_folder_that_has_files_is_refused()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "keep.txt"), "x");

        var error = Assert.Throws<Core.Domain.UsageException>(() => SampleRepository.Create(folder.Path));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
    }

    private enum TagType
    {
        Annotated,
        Lightweight,
    }
}
