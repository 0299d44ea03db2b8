using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Counselling.Packages.Tests;

/// <summary>What a host's package manager reads from the packed packages: which versions go together.</summary>
public sealed class PackageDependencyTests
{
    [Fact]
    public void TheResearchFilesPackage_DependsOnExactlyTheCoreItWasPackedWith()
    {
        var packages = PackagesFolder();
        var core = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "Counselling.Core.?*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)["Counselling.Core.".Length])));
        var coreVersion = core["Counselling.Core.".Length..];
        using var files = ZipFile.OpenRead(Directory.GetFiles(packages, "Counselling.Research.Files.*.nupkg").Single());
        using var nuspec = files.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();

        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency").ToList();

        Assert.Equal($"[{coreVersion}]", dependencies.Single(d => (string?)d.Attribute("id") == "Counselling.Core").Attribute("version")?.Value);
        Assert.DoesNotContain(dependencies, d => (string?)d.Attribute("id") == "Counselling.Research" && d.Attribute("version")?.Value.StartsWith('[') == true);
    }

    private static string PackagesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "packages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Pack the solution into artifacts/packages first (.ci/run does).");
    }
}
