"""The yardstick for `tandem sortition select`: the Sortition Foundation's
sortition-algorithms (its maximin on HiGHS; its leximin needs Gurobi) on the
same files, as one process, for `farm-bench --vs` (see BENCHMARKS.md).

    python3 -m venv /tmp/sortvenv && /tmp/sortvenv/bin/pip install sortition-algorithms==0.12.15
    /tmp/sortvenv/bin/python bench/sortition_reference.py CATEGORIES.csv RESPONDENTS.csv PANEL
"""

import csv
import io
import sys

from sortition_algorithms.adapters import CSVStringDataSource, SelectionData
from sortition_algorithms.committee_generation.maximin import find_distribution_maximin
from sortition_algorithms.settings import Settings


def main(categories_path, respondents_path, panel):
    features_csv = open(categories_path).read().replace("category,feature,min,max", "feature,value,min,max", 1)
    people_csv = open(respondents_path).read()
    if "id" not in people_csv.splitlines()[0].split(","):
        rows = list(csv.reader(io.StringIO(people_csv)))
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["id", *rows[0]])
        for i, row in enumerate(rows[1:], 1):
            w.writerow([str(i), *row])
        people_csv = out.getvalue()
    data = SelectionData(CSVStringDataSource(features_csv, people_csv))
    features, _ = data.load_features(panel)
    settings = Settings(id_column="id", columns_to_keep=[], selection_algorithm="maximin")
    people, _ = data.load_people(settings, features)
    committees, probabilities, _ = find_distribution_maximin(features, people, panel, [])
    chance = {pid: 0.0 for pid in people}
    for committee, p in zip(committees, probabilities):
        for pid in committee:
            chance[pid] += p
    print(f"min {min(chance.values()):.6f}, {len(committees)} panels")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
