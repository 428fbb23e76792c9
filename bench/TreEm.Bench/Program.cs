using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using TreEm.Bench;

// Usage: dotnet run -c Release --project bench/TreEm.Bench -- NAME [--pg "Host=..."] [--write-docs]
// Each benchmark measures TreEm against a baseline in the same run and prints ratios; --write-docs replaces its
// section of docs/performance.md.
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.WriteLine("Benchmarks: " + string.Join(", ", benchmarks.Keys.Order()));
    Console.WriteLine("Usage: dotnet run -c Release --project bench/TreEm.Bench -- NAME --pg \"Host=...;Username=...;Database=postgres\" [--write-docs]");
    return 2;
}
var options = BenchOptions.Parse(args.Skip(1).ToArray());
var watch = Stopwatch.StartNew();
var markdown = await benchmark.RunAsync(options);
Console.WriteLine(markdown);
Console.WriteLine($"(benchmark ran {watch.Elapsed.TotalSeconds:0.0} s)");
if (options.WriteDocs) BenchDocs.WriteSection(benchmark.Name, markdown);
return 0;

namespace TreEm.Bench
{
    /// <summary>A benchmark: runs TreEm's way and a baseline side by side, returns a Markdown section.</summary>
    public interface IBenchmark
    {
        string Name { get; }
        Task<string> RunAsync(BenchOptions options);
    }

    public sealed record BenchOptions(string? Postgres, bool WriteDocs, IReadOnlyDictionary<string, string> Extra)
    {
        public static BenchOptions Parse(string[] args)
        {
            string? pg = Environment.GetEnvironmentVariable("TREEM_BENCH_PG");
            var write = false;
            var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] == "--pg" && i + 1 < args.Length) pg = args[++i];
                else if (args[i] == "--write-docs") write = true;
                else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) extra[args[i][2..]] = args[++i];
            }
            return new BenchOptions(pg, write, extra);
        }

        public int Number(string name, int fallback) => Extra.TryGetValue(name, out var v) && int.TryParse(v, out var n) ? n : fallback;
    }

    public static partial class BenchDocs
    {
        /// <summary>Replaces the text between &lt;!-- bench:NAME --&gt; and &lt;!-- /bench:NAME --&gt; in docs/performance.md.</summary>
        public static void WriteSection(string name, string markdown)
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TreEm.slnx"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("Run from inside the repository.");
            var file = Path.Combine(dir.FullName, "docs", "performance.md");
            var text = File.ReadAllText(file);
            var begin = $"<!-- bench:{name} -->";
            var end = $"<!-- /bench:{name} -->";
            var replacement = $"{begin}\n{markdown.Trim()}\n{end}";
            text = text.Contains(begin, StringComparison.Ordinal)
                ? Regex.Replace(text, Regex.Escape(begin) + ".*?" + Regex.Escape(end), replacement.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.Singleline)
                : text.TrimEnd() + "\n\n" + replacement + "\n";
            File.WriteAllText(file, text);
            Console.WriteLine($"docs/performance.md: section {name} written");
        }
    }
}
