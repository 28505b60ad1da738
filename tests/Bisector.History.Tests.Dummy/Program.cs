using System.Globalization;
using Bisector.Core.Abstractions;
using Bisector.Core.Nightly;
using Bisector.History;

// hold DB DESCRIPTION: opens DB as a nightly job, prints "held", and keeps it until stdin closes.
// fill DB: opens DB as a nightly job and writes batches of rows until it is killed, printing "filling" after the first.
switch (args)
{
    case ["hold", var path, var description]:
        using (HistoryDatabase.Open(path, description))
        {
            Console.WriteLine("held");
            while (Console.ReadLine() is not null)
            {
            }
        }

        return 0;

    case ["fill", var path]:
        Fill(path);
        return 0;

    default:
        Console.Error.WriteLine("usage: hold DB DESCRIPTION | fill DB");
        return 2;
}

static void Fill(string path)
{
    // The tests check that commits come in whole batches of this size.
    const int batch = 200;
    using var database = HistoryDatabase.Open(path, "fill", TimeSpan.FromSeconds(30));
    var night = database.BeginNight("main", "head", DateTimeOffset.UtcNow);
    var position = database.Commits("main").Count;
    for (var i = 0; ; i++, position += batch)
    {
        var commits = Enumerable.Range(position, batch)
            .Select(p => new HistoryCommit(p.ToString("x40", CultureInfo.InvariantCulture), p, $"commit {p}", DateTimeOffset.UtcNow))
            .ToList();
        database.AddCommits("main", commits);
        var series = new HistorySeries("main", $"bench{i % 3}", "cpu-time", $"key{i % 3}", "machine");
        var conditions = new SampleConditions(i % 2, 0.5, 3.0, DateTimeOffset.UtcNow);
        database.AddSample(series, night.Id, "build", new HistorySample(commits[0].Sha, "r1", i, conditions));
        if (i % 5 == 0)
        {
            database.AddChange(series, commits[0].Sha, commits[^1].Sha, 4.2, ChangeState.New, night.Id);
        }

        if (i == 0)
        {
            Console.WriteLine("filling");
        }
    }
}
