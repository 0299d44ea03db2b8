"""What a researcher would write in pandas for `counsel evaluate cohort.csv --as-of DATE -g programme`:
read the cohort, judge each case on the rubric's criteria (vectorised), decide the verdict, count per programme with
Wilson intervals. The same work in kind (every case, every criterion, counts per group), not the engine's every rule.
Usage: /usr/bin/python3 evaluate_pandas.py cohort.csv|cohort.jsonl 2026-06-30"""
import sys
import numpy as np
import pandas as pd

path, as_of = sys.argv[1], pd.Timestamp(sys.argv[2])
dates = ["opened_on", "closed_on", "decision_on", "employment_or_training_on"]
if path.endswith(".jsonl"):
    df = pd.read_json(path, lines=True, dtype={"case_id": str, "client_id": str, "counsellor_id": str})
    # An empty string or "none" in a text column is missing, as read_csv takes them below (its default and na_values).
    text = df.select_dtypes(include="object").columns
    df[text] = df[text].replace({"": np.nan, "none": np.nan})
    for c in dates:
        df[c] = pd.to_datetime(df.get(c), errors="coerce")
    for c in ["satisfaction", "autonomy_intake", "autonomy_closure"]:
        df[c] = pd.to_numeric(df.get(c), errors="coerce")  # "none" (nothing happened) as missing, like the CSV below
else:
    # "none" says nothing happened, a blank that it was not recorded: this script, like the rules it copies, takes both as missing.
    df = pd.read_csv(path, parse_dates=dates, na_values=["none"], true_values=["yes"], false_values=["no"], dtype={"case_id": str, "client_id": str, "counsellor_id": str})

bad = df["programme"].isna() | (df["sessions_held"] > df["sessions_planned"]) | (df["closed_on"] < df["opened_on"]) \
    | (df["satisfaction"].notna() & ~df["satisfaction"].between(1, 5))
df = df[~bad]

closed = df["closed_on"].notna() & (df["closed_on"] <= as_of)
held = df["sessions_held"].fillna(0) / df["sessions_planned"].where(df["sessions_planned"] > 0)
outcome = df["sessions_with_outcome"].fillna(0) / df["sessions_held"].where(df["sessions_held"] > 0)
actions = df["actions_done"].fillna(0) / df["actions_agreed"].where(df["actions_agreed"] > 0)
status = pd.DataFrame({
    "decision": np.where(df["decision_on"] <= as_of, "met", np.where(closed, "not-met", "pending")),
    "entered": np.where(df["employment_or_training_on"] <= as_of, "met", np.where(closed, "not-met", "pending")),
    "held": np.select([held >= 1, held >= 0.5, held.notna()], ["met", "partly-met", "not-met"], "no-evidence"),  # the share held
    "outcome": np.select([outcome >= 1, outcome >= 0.5, outcome.notna()], ["met", "partly-met", "not-met"], "no-evidence"),
    "actions": np.select([actions >= 1, actions >= 0.5, actions.notna()], ["met", "partly-met", "not-met"], "no-evidence"),
    "satisfaction": np.select([df["satisfaction"] >= 4, df["satisfaction"].notna()], ["met", "not-met"], np.where(closed, "no-evidence", "pending")),
    "recommend": np.select([df["would_recommend"] == True, df["would_recommend"].notna()], ["met", "not-met"], np.where(closed, "no-evidence", "pending")),  # noqa: E712
    "autonomy": np.where(df["autonomy_closure"] > df["autonomy_intake"], "met", "not-applicable"),
}, index=df.index)
def axis(columns):
    part = status[columns]
    judged = part.isin(["met", "partly-met", "not-met"])
    return np.select([(part.isin(["met", "no-evidence", "not-applicable"]).all(axis=1)) & (part == "met").any(axis=1),
                      (part == "pending").any(axis=1), judged.any(axis=1)], ["met", "pending", "not-met"], "no-evidence")


process, impact = axis(["held", "outcome", "actions"]), axis(["satisfaction", "recommend", "autonomy"])
df["verdict"] = np.select([(process == "met") & (impact == "met"), impact == "pending"], ["success", "pending"], "not-successful")

counts = df.groupby("programme")["verdict"].value_counts().unstack(fill_value=0)
n = counts.sum(axis=1)
p = counts.get("success", 0) / n
z = 1.959963984540054
centre = (p + z * z / (2 * n)) / (1 + z * z / n)
half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
counts = counts.mask(counts < 5)  # the small-cell rule
counts["rate"], counts["lower"], counts["upper"] = p, centre - half, centre + half
print(f"{len(df)} evaluated, {int(bad.sum())} skipped")
print(counts.to_string())
