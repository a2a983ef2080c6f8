using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace FlowTest.Adapters.Tests.EndToEnd;

/// <summary>What the runner reported: every UnitTestResult of every TRX file in a results directory.</summary>
internal sealed class TrxResults
{
    public TrxResults(string resultsDirectory)
    {
        foreach (var file in Directory.GetFiles(resultsDirectory, "*.trx", SearchOption.AllDirectories))
        {
            var document = XDocument.Load(file);
            foreach (var result in document.Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
            {
                Results.Add(new TrxResult(
                    (string?)result.Attribute("testName") ?? "",
                    (string?)result.Attribute("outcome") ?? "",
                    result.Descendants().Where(e => e.Name.LocalName == "ResultFile").Select(e => (string?)e.Attribute("path") ?? "").ToList()));
            }
        }
    }

    public List<TrxResult> Results { get; } = new();
}
