using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Entente.Extraction.Readers;

namespace Entente.Benchmarks;

/// <summary>
/// Reading web pages with the map from their text into the page (issue 15): a 2.2 MB page of 200,000 nested divs, which
/// must read in well under 2 s, and a 2 MB article of paragraphs with links, bold words and entities. Beside each, the
/// parse alone, so the cost of the reader over the parser (alignment, chrome removal, the map) reads as a ratio.
/// Run: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*HtmlReaderBenchmarks*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 7)]
public class HtmlReaderBenchmarks
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "entente-bench-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly DocumentReader _reader = new();
    private string _nested = "";
    private string _article = "";

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_dir);
        _nested = Path.Combine(_dir, "nested.html");
        File.WriteAllText(_nested, "<html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>Russia sent drones to Iran.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 200_000)) + "</article></body></html>");
        _article = Path.Combine(_dir, "article.html");
        var page = new StringBuilder("<html><head><title>Drones</title></head><body><nav>Home &gt; News</nav><article>");
        for (var i = 0; page.Length < 2_000_000; i++)
            page.Append("<p>In 20").Append(10 + i % 15).Append(", <b>Iran&rsquo;s</b> drones reached <a href=\"/r").Append(i)
                .Append("\">Russia</a> &amp; Belarus, officials said&nbsp;on Monday &#8230; Tehran denied it.</p>\n");
        File.WriteAllText(_article, page.Append("</article></body></html>").ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Description = "read 2.2 MB nested divs (text + map)")]
    public int ReadNested() => _reader.Read(_nested).Text.Length;

    [Benchmark(Description = "parse only, 2.2 MB nested divs (flattened)")]
    public int ParseNested() => new HtmlParser().ParseDocument(HtmlNesting.Flatten(File.ReadAllText(_nested))).All.Length;

    [Benchmark(Description = "read 2 MB article (text + map)")]
    public int ReadArticle() => _reader.Read(_article).Text.Length;

    [Benchmark(Description = "parse only, 2 MB article")]
    public int ParseArticle() => new HtmlParser().ParseDocument(File.ReadAllText(_article)).All.Length;
}
