#!/usr/bin/env python3
"""Records the public API of every library project in its PublicAPI.Unshipped.txt.

Builds each project, reads the public-API analyzer's RS0016 (symbol not declared) and RS0017
(declared symbol that no longer exists) diagnostics, and adds or removes the lines they name.
Run it after a deliberate API change, then read the diff: it is the API review.

    python3 eng/update-public-api.py [project.csproj ...]
"""
import glob, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
projects = sys.argv[1:] or [p for p in glob.glob(os.path.join(root, "src", "*", "*.csproj"))
                            if os.path.exists(os.path.join(os.path.dirname(p), "PublicAPI.Unshipped.txt"))]
pattern = re.compile(r"error (RS0016|RS0017): Symbol '(.+?)' is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found)")
for project in projects:
    for _ in range(3):
        out = subprocess.run(["dotnet", "build", project, "--no-incremental", "-p:TreatWarningsAsErrors=true", "-clp:NoSummary"],
                             capture_output=True, text=True).stdout
        add, remove = set(), set()
        for kind, symbol in pattern.findall(out):
            (add if kind == "RS0016" else remove).add(symbol)
        if not add and not remove:
            break
        path = os.path.join(os.path.dirname(project), "PublicAPI.Unshipped.txt")
        lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
        header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
        body = {l for l in lines if l and not l.startswith("#")}
        body = (body | add) - remove
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(header + sorted(body, key=lambda s: s.lstrip("~").replace("static ", "").replace("override ", "").replace("abstract ", "").replace("virtual ", "").replace("const ", "").lower())) + "\n")
        print(f"{os.path.relpath(path, root)}: +{len(add)} -{len(remove)}")
