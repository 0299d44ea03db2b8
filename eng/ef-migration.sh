#!/usr/bin/env bash
# Adds a migration to the store's package (Counselling.Core.EntityFrameworkCore) and makes it provider-neutral, so the
# one migration set serves SQLite and PostgreSQL: column types are left to the provider that runs the migration
# (the CLR type of each column decides), and the migration classes stay internal (not public API).
#   eng/ef-migration.sh NameOfTheMigration
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/ef-migration.sh NameOfTheMigration}
dir=src/Counselling.Core.EntityFrameworkCore/Migrations
dotnet tool restore
dotnet ef migrations add "$name" \
  --project src/Counselling.Core.EntityFrameworkCore \
  --startup-project tests/Counselling.Core.EntityFrameworkCore.Tests \
  --output-dir Migrations --namespace Counselling.Core.EntityFrameworkCore.Migrations
# dotnet-ef writes the snapshot under a folder named after its namespace: bring it back.
if [ -d src/Counselling.Core.EntityFrameworkCore/Counselling ]; then
  find src/Counselling.Core.EntityFrameworkCore/Counselling -name '*.cs' -exec mv {} "$dir/" \;
  rm -rf src/Counselling.Core.EntityFrameworkCore/Counselling
fi
sed -i -E 's/type: "[A-Za-z]+", //; s/^(\s*)public partial class /\1internal partial class /' "$dir"/*.cs
python3 - "$dir" <<'PY'
import glob, re, sys
for path in glob.glob(sys.argv[1] + "/*.cs"):
    text = open(path, encoding="utf-8-sig").read()
    # ".HasColumnType("TEXT");" ends a property chain: keep the semicolon on the line before.
    text = re.sub(r'\n\s*\.HasColumnType\("[A-Za-z]+"\);', ';', text)
    text = re.sub(r'\n\s*\.HasColumnType\("[A-Za-z]+"\)', '', text)
    open(path, "w", encoding="utf-8").write(text)
PY
echo "Migration $name added to $dir (provider-neutral)."
