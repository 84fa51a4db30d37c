using Entente.Extraction.Readers;
using Entente.TestSupport;

namespace Entente.Extraction.Tests;

public sealed class ReadersHtmlTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Fallback title | Site</title>
          <meta property="og:title" content="Pyongyang&#8217;s shells reach Russia">
          <meta property="og:site_name" content="Entente Sample Desk">
          <meta name="author" content="Jo Reporter">
          <meta property="article:published_time" content="2023-10-13T08:00:00+09:00">
          <link rel="canonical" href="https://example.org/shells">
          <style>body { color: red }</style>
        </head><body>
          <header><a href="/">Home</a> Site masthead</header>
          <nav><ul><li>World</li><li>Politics</li></ul></nav>
          <div id="cookie-banner">We use cookies. Accept?</div>
          <main>
            <aside>Related: something else</aside>
            <article>
              <header><h1>Pyongyang’s shells reach Russia</h1></header>
              <p>North Korea has   shipped
                 artillery shells to Russia.</p>
              <script>trackReader();</script>
              <p>Officials <em>denied</em> it.<br>A second line.</p>
              <form><input name="q"> Subscribe now</form>
              <footer>Share this story</footer>
            </article>
          </main>
          <footer>Copyright Site</footer>
        </body></html>
        """;

    [Fact]
    public void Only_the_main_content_is_kept_with_each_block_on_its_own_line()
    {
        using var dir = new TempDir();
        var path = dir.File("page.html");
        File.WriteAllText(path, Page);
        var doc = new DocumentReader().Read(path);
        Assert.Equal("Pyongyang's shells reach Russia\nNorth Korea has shipped artillery shells to Russia.\nOfficials denied it.\nA second line.\n", doc.Text);
        foreach (var chrome in new[] { "masthead", "Politics", "cookies", "Related", "trackReader", "Subscribe", "Share", "Copyright", "color" })
            Assert.DoesNotContain(chrome, doc.Text);
    }

    [Fact]
    public void Metadata_comes_from_the_meta_tags()
    {
        using var dir = new TempDir();
        var path = dir.File("page.htm");
        File.WriteAllText(path, Page);
        var m = new DocumentReader().Read(path).Metadata;
        Assert.Equal("Pyongyang's shells reach Russia", m.Title);
        Assert.Equal("Entente Sample Desk", m.Publisher);
        Assert.Equal("Jo Reporter", m.Author);
        Assert.Equal(new DateOnly(2023, 10, 13), m.Published);
        Assert.Equal("https://example.org/shells", m.Url);
    }

    [Fact]
    public void Citation_tags_and_a_time_element_are_read_when_open_graph_is_absent()
    {
        using var dir = new TempDir();
        var path = dir.File("paper.html");
        File.WriteAllText(path, """
            <html><head><meta name="citation_title" content="Wagner in Mali">
            <meta name="citation_author" content="R. Analyst"><meta name="citation_publisher" content="Sample Institute"></head>
            <body><main><p>Published <time datetime="2022-01-25">January 25</time>.</p><p>Wagner deployed to Mali.</p></main></body></html>
            """);
        var m = new DocumentReader().Read(path).Metadata;
        Assert.Equal(("Wagner in Mali", "R. Analyst", "Sample Institute", new DateOnly(2022, 1, 25)), (m.Title, m.Author, m.Publisher, m.Published));
    }
}
