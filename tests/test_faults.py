"""Faults and bad input as a new user meets them (issue 12): Kaggle solutions of the wrong shape or partial, junk
files of any kind, Kaggle folders, torn last lines, tasks without predictions. Every bad input is one line
`FILE: what is wrong`, exit code 2, no traceback."""
import importlib.util
import json
import os
import re

import pytest

from arcft.io import UserError, load_split, read_json, read_jsonl
from conftest import REPO, run_script, write_task

A = {"train": [{"input": [[1, 0], [0, 0]], "output": [[0, 1], [0, 0]]}],
     "test": [{"input": [[3, 0], [0, 0]], "output": [[0, 3], [0, 0]]}]}
B = {"train": [{"input": [[5]], "output": [[5, 5]]}],
     "test": [{"input": [[6]], "output": [[6, 6]]}, {"input": [[7]], "output": [[7, 7]]}]}
C = {"train": [{"input": [[4, 0], [0, 0]], "output": [[0, 4], [0, 0]]}],
     "test": [{"input": [[6, 0], [0, 0]], "output": [[0, 6], [0, 0]]}]}
EVAL = {"bbb": B, "ccc": C}


def challenges(tasks):
    return {tid: {"train": t["train"], "test": [{"input": p["input"]} for p in t["test"]]} for tid, t in tasks.items()}


def solutions(tasks):
    return {tid: [p["output"] for p in t["test"]] for tid, t in tasks.items()}


def kaggle(folder, role="evaluation", sols=None, tasks=EVAL):
    """arc-agi_{role}_challenges.json (and its solutions: `sols` as given, else the true ones; False: none)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"arc-agi_{role}_challenges.json").write_text(json.dumps(challenges(tasks)))
    if sols is not False:
        (folder / f"arc-agi_{role}_solutions.json").write_text(json.dumps(solutions(tasks) if sols is None else sols))
    return folder / f"arc-agi_{role}_challenges.json"


def augment(tmp_path, eval_source, check=False):
    write_task(tmp_path / "tr", "aaa", A)
    return run_script("01_augment.py", "--train-source", tmp_path / "tr", "--eval-source", eval_source,
                      "--out-dir", tmp_path / "d", check=check)


def one_line_error(p, *parts):
    """The run failed as a user error should: exit code 2, one line on stderr holding every one of `parts`."""
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
    for part in parts:
        assert str(part) in p.stderr, p.stderr


def score(d, *extra, check=True):
    return run_script("05_score.py", "--eval", d / "01_eval.jsonl", "--predictions", d / "04_predictions.jsonl",
                      "--out-dir", d, *extra, check=check)


def pred(task_id, i, grid, view="identity"):
    return {"id": f"{task_id}.{view}.{i}", "prompt": f"{task_id}.{view}.{i}", "task_id": task_id, "test_index": i,
            "view": view, "grid": grid}


def write_lines(path, records, tail=""):
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + tail)


# ---------------------------------------------------------------- 2. Kaggle solutions

@pytest.mark.parametrize("sols, what", [
    ([[[6, 6]]], "must map task ids to lists of solution grids (found a list)"),
    ({"bbb": [{"output": [[6, 6]]}, {"output": [[7, 7]]}], "ccc": [[[0, 6], [0, 0]]]},
     'task bbb: solution 0 is an object: give the bare grid, not {"output": grid}'),
    ({"bbb": {"output": [[6, 6]]}, "ccc": [[[0, 6], [0, 0]]]}, "task bbb: must be a list of 2 solution grids"),
    ({"bbb": [[6, 6], [7, 7]], "ccc": [[[0, 6], [0, 0]]]}, "task bbb: solution 0 row 0 must be a non-empty list"),
    ({"bbb": [[[6, 6]]], "ccc": [[[0, 6], [0, 0]]]}, "task bbb: must be a list of 2 solution grids, one per test"),
])
def test_kaggle_solutions_of_the_wrong_shape_name_the_solutions_file(tmp_path, sols, what):
    src = kaggle(tmp_path / "k", sols=sols)
    p = augment(tmp_path, src)
    one_line_error(p, f"{src.with_name('arc-agi_evaluation_solutions.json')}: {what}")


def test_partial_kaggle_solutions_are_said_and_scored(tmp_path):
    src = kaggle(tmp_path / "k", sols={"bbb": solutions(EVAL)["bbb"]})
    p = augment(tmp_path, src, check=True)
    assert "no solutions for 1 of 2 tasks (ccc)" in p.stderr and "arc-agi_evaluation_solutions.json" in p.stderr
    assert "2 evaluation tasks (1 with solutions" in p.stdout
    d = tmp_path / "d"
    write_lines(d / "04_predictions.jsonl", [pred("bbb", 0, [[6, 6]]), pred("bbb", 1, [[1]]), pred("ccc", 0, [[1]])])
    p = score(d)
    assert "nothing to score" not in p.stdout
    assert "1 of 2 tasks have no solutions: not scored" in p.stdout
    s = json.load(open(d / "05_scores.json"))
    assert s["scored"] and s["problems"] == 1 and s["problems_without_solutions"] == 1 and s["score"] == 0.5
    assert s["rules"]["oracle"]["score"] == 0.5
    assert json.load(open(d / "05_submission.json"))["ccc"] == [{"attempt_1": [[1]], "attempt_2": [[1]]}]


def test_solutions_file_given_as_the_source_points_at_its_challenges(tmp_path):
    src = kaggle(tmp_path / "k")
    p = augment(tmp_path, src.with_name("arc-agi_evaluation_solutions.json"))
    one_line_error(p, "arc-agi_evaluation_solutions.json: a Kaggle solutions file",
                   "give the challenges file beside it (arc-agi_evaluation_challenges.json)")


# ---------------------------------------------------------------- 4. one reader for every file

def junk(path, size=1 << 20):
    path.write_bytes(b"\x89PNG" + os.urandom(size))
    return path


def deep(path, n=100_000):
    path.write_text("[" * n)
    return path


def text(content):
    def make(path):
        path.write_text(content)
        return path
    return make


@pytest.mark.parametrize("make, what", [
    (junk, "not UTF-8 text"), (deep, "nested too deeply"), (text(" \n"), "empty"),
    (text("1" * 5000), "not valid JSON (Exceeds the limit (4300 digits) for integer string conversion"),
])
def test_read_json_turns_any_failure_into_one_line(tmp_path, make, what):
    path = make(tmp_path / "x.json")
    with pytest.raises(UserError, match="^" + re.escape(f"{path}: {what}")):
        read_json(path)


def test_read_json_checks_the_top_level_type_and_folders(tmp_path):
    (tmp_path / "x.json").write_text("[1]")
    with pytest.raises(UserError, match=r"x.json: must be a JSON object \(found a list\)"):
        read_json(tmp_path / "x.json", dict)
    with pytest.raises(UserError, match=f"^{tmp_path}: is a folder, not a file"):
        read_json(tmp_path)


@pytest.mark.parametrize("line, what", [
    (b"\xff\xfe{}", "not UTF-8 text"), (b"[" * 100_000, "nested too deeply"), (b"[1, 2]", "must be a JSON object "
                                                                                "(found a list)"),
    (b'"text"', "must be a JSON object (found a string)"), (b"{oops", "not valid JSON"),
])
def test_jsonl_lines_name_file_and_line(tmp_path, line, what):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n' + line + b'\n{"a": 2}\n')
    with pytest.raises(UserError, match="^" + re.escape(f"{path}:2: {what}")):
        read_jsonl(path)


@pytest.mark.parametrize("make, what", [(junk, "not UTF-8 text"), (deep, "nested too deeply")])
def test_junk_as_eval_source_or_predictions_is_one_line(tmp_path, make, what):
    src = make(tmp_path / "task.json")
    one_line_error(augment(tmp_path, src), f"{src}: {what}")
    big = make(tmp_path / "x_challenges.json")
    one_line_error(augment(tmp_path, big), f"{big}: {what}")
    write_task(tmp_path / "ev", "bbb", B)
    augment(tmp_path, tmp_path / "ev", check=True)
    d = tmp_path / "d"
    make(d / "04_predictions.jsonl")
    one_line_error(score(d, check=False), f"{d / '04_predictions.jsonl'}:1: {what}")


def test_wrong_top_level_types(tmp_path):
    (tmp_path / "x_challenges.json").write_text("[]")
    one_line_error(augment(tmp_path, tmp_path / "x_challenges.json"), "x_challenges.json: must map task ids to tasks "
                                                                      "(found a list)")
    (tmp_path / "x_challenges.json").write_text("{}")
    one_line_error(augment(tmp_path, tmp_path / "x_challenges.json"), "x_challenges.json: holds no tasks")
    write_task(tmp_path / "ev", "bbb", B)
    augment(tmp_path, tmp_path / "ev", check=True)
    d = tmp_path / "d"
    (d / "04_predictions.jsonl").write_text(json.dumps([pred("bbb", 0, [[6, 6]])]))
    one_line_error(score(d, check=False), "04_predictions.jsonl:1: must be a JSON object (found a list)")
    (d / "01_eval.jsonl").write_text('{"task_id": "bbb", "view": "sideways", "train": [], "test": []}\n')
    one_line_error(score(d, check=False), "01_eval.jsonl: record 1 (task bbb): field view is 'sideways'")
    scores = tmp_path / "s.json"
    scores.write_text("[]")
    p = run_script("06_plot.py", "--eval", d / "01_eval.jsonl", "--results", d / "01_eval.jsonl", "--scores", scores,
                   "--out-dir", tmp_path / "plots", check=False)
    one_line_error(p, f"{scores}: must be a JSON object (found a list)")


def test_every_stage_reads_json_through_the_one_reader():
    """No stage script or arcft module parses JSON on its own: io.read_json and io.iter_jsonl are the one reader.
    LEFT: the adapter's and the checkpoints' own files, read where the model is loaded."""
    left = {"arcft/modeling.py", "arcft/trainer.py"}
    files = [p for p in sorted(REPO.glob("0[1-6]_*.py")) + sorted((REPO / "arcft").glob("*.py"))
             if p.name != "io.py" and str(p.relative_to(REPO)) not in left]
    assert len(files) > 10
    for p in files:
        assert not re.search(r"json\.loads?\(", p.read_text()), p


# ---------------------------------------------------------------- 5. Kaggle folders

def test_folder_with_only_the_test_challenges_is_kaggle(tmp_path):
    kaggle(tmp_path / "k", "test", sols=False)
    p = augment(tmp_path, tmp_path / "k", check=True)
    assert "2 evaluation tasks (0 with solutions" in p.stdout
    assert sorted({json.loads(x)["task_id"] for x in open(tmp_path / "d" / "01_eval.jsonl")}) == ["bbb", "ccc"]
    # and as --source (training from it too): no training file there, said so
    p = run_script("01_augment.py", "--source", tmp_path / "k", "--out-dir", tmp_path / "d", check=False)
    one_line_error(p, f"{tmp_path / 'k'}: no Kaggle training challenges file (*training_challenges.json) for the "
                   "training tasks, only arc-agi_test_challenges.json")


def test_folder_with_evaluation_and_test_says_which_it_took(tmp_path):
    kaggle(tmp_path / "k", "evaluation")
    kaggle(tmp_path / "k", "test", sols=False, tasks={"ddd": B})
    p = augment(tmp_path, tmp_path / "k", check=True)
    assert "arc-agi_evaluation_challenges.json" in p.stdout and "also there: arc-agi_test_challenges.json" in p.stdout
    assert "2 evaluation tasks (2 with solutions" in p.stdout
    # two files of one role: no choice made, the user is asked
    kaggle(tmp_path / "k2", "evaluation")
    (tmp_path / "k2" / "old_evaluation_challenges.json").write_text(json.dumps(challenges(EVAL)))
    p = augment(tmp_path, tmp_path / "k2")
    one_line_error(p, "2 Kaggle evaluation challenges files", "pass the one to use as --eval-source")


def test_load_split_kaggle_roles(tmp_path):
    kaggle(tmp_path / "k", "training", tasks={"aaa": A})
    kaggle(tmp_path / "k", "test", sols=False)
    assert list(load_split(str(tmp_path / "k"), "train")) == ["aaa"]
    assert list(load_split(str(tmp_path / "k"), "eval")) == ["bbb", "ccc"]


# ---------------------------------------------------------------- 6. torn last lines

def predict_module():
    spec = importlib.util.spec_from_file_location("predict04", REPO / "04_predict.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


PROMPTS = [{"id": "bbb.identity.0"}, {"id": "bbb.identity.1"}, {"id": "ccc.identity.0"}]


@pytest.mark.parametrize("tail", ['{"id": "ccc.ident\n', '{"id": "ccc.ident', "\x00\x00\x00\n", "\xff\n\n"])
def test_predict_drops_any_unreadable_last_line_and_redoes_it(tmp_path, capsys, tail):
    out = tmp_path / "p.jsonl"
    write_lines(out, [pred("bbb", 0, None), pred("bbb", 1, None)], tail)
    todo, done = predict_module().pending_records(PROMPTS, out, False)
    assert [p["id"] for p in todo] == ["ccc.identity.0"] and len(done) == 2
    err = capsys.readouterr().err
    assert f"{out}:3: unreadable last line dropped" in err and "predicted again" in err


def test_predict_stops_on_an_unreadable_line_before_the_last(tmp_path):
    out = tmp_path / "p.jsonl"
    write_lines(out, [pred("bbb", 0, None)], '{"id": "bbb.ide\n' + json.dumps(pred("bbb", 1, None)) + "\n")
    with pytest.raises(UserError, match=f"^{out}:2: not valid JSON .*delete line 2"):
        predict_module().pending_records(PROMPTS, out, False)


@pytest.mark.parametrize("tail, last", [('{"task_id": "ccc", "te\n', True), ('{"task_id": "ccc", "te', True),
                                        ('{"task_id": "ccc", "te\n' + json.dumps(pred("ccc", 0, None)) + "\n", False)])
def test_score_on_a_torn_line_says_which_line_and_what_repairs_it(tmp_path, tail, last):
    write_task(tmp_path / "ev", "bbb", B)
    write_task(tmp_path / "ev", "ccc", C)
    augment(tmp_path, tmp_path / "ev", check=True)
    d = tmp_path / "d"
    write_lines(d / "04_predictions.jsonl", [pred("bbb", 0, [[6, 6]]), pred("bbb", 1, [[1]])], tail)
    p = score(d, check=False)
    one_line_error(p, f"{d / '04_predictions.jsonl'}:3: not valid JSON", "rerun 04_predict.py with the options")
    assert ("the last line, cut short" in p.stderr) == last and ("delete line 3" in p.stderr) != last


# ---------------------------------------------------------------- 7. tasks without prediction records

def test_score_warns_about_tasks_without_prediction_records(tmp_path):
    ev = {f"t{i:02d}": C for i in range(8)} | {"bbb": B}
    for tid, t in ev.items():
        write_task(tmp_path / "ev", tid, t)
    augment(tmp_path, tmp_path / "ev", check=True)
    d = tmp_path / "d"
    write_lines(d / "04_predictions.jsonl", [pred("bbb", 0, [[6, 6]]), pred("t03", 0, [[0, 6], [0, 0]])])
    p = score(d)
    assert "7 of 9 evaluation tasks have no prediction records (t00, t01, t02, t04, t05, ...)" in p.stderr
    assert "1 more test input has none (bbb 1)" in p.stderr
    c = json.load(open(d / "05_scores.json"))["candidates"]
    assert c["tasks_without_records"] == 7 and c["test_inputs_without_records"] == 8


def test_cli_turns_a_late_recursion_error_into_one_line(capsys, monkeypatch):
    """A value that parsed just short of the recursion limit can still overflow where a message shows it: the
    last resort is the same one-line error."""
    import argparse

    from arcft.io import cli

    def main(args):
        raise RecursionError("maximum recursion depth exceeded while getting the repr of an object")
    monkeypatch.setattr("sys.argv", ["stage"])
    with pytest.raises(SystemExit) as e:
        cli(main, argparse.ArgumentParser())
    err = capsys.readouterr().err
    assert e.value.code == 2 and err.count("\n") == 1 and "nested too deeply" in err


# ---------------------------------------------------------------- 8. product of experts: 04's and 05's inputs checked

import math  # noqa: E402


def edit(record, change):
    """`record` with `change` applied, a None value removing its field."""
    return {k: v for k, v in {**record, **change}.items() if v is not None or (k in record and k not in change)}

def scored(**change):
    """A 04_scores.jsonl record as 04_predict.py --score-candidates writes it, with `change` (None: field removed)."""
    r = {"id": "bbb.0.k0.identity", "task_id": "bbb", "test_index": 0, "candidate": 0, "votes": 2, "view": "identity",
         "grid": [[6, 6]], "logprob": -1.5, "n_tokens": 9}
    return edit(r, change)


@pytest.mark.parametrize("change, what", [
    ({"grid": None}, "task bbb: missing field grid"),
    ({"logprob": None}, "task bbb: missing field logprob"),
    ({"candidate": None}, "task bbb: missing field candidate"),
    ({"task_id": None}, "missing field task_id"),
    ({"task_id": ["bbb"]}, "field task_id is ['bbb'] (must be a string)"),
    ({"test_index": "0"}, "task bbb: field test_index is '0' (must be an int, 0 or more)"),
    ({"test_index": True}, "task bbb: field test_index is True (must be an int, 0 or more)"),
    ({"candidate": 1.5}, "task bbb: field candidate is 1.5 (must be an int, 0 or more)"),
    ({"votes": "2"}, "task bbb: field votes is '2' (must be an int, 0 or more)"),
    ({"grid": [[6, 6], [6]]}, "task bbb: field grid is not rectangular (row 0 has 2 cells, row 1 has 1)"),
    ({"grid": [[10]]}, "task bbb: field grid cell [0][0] is 10 (must be an int 0-9)"),
    ({"grid": "66"}, "task bbb: field grid must be a non-empty list of rows"),
    ({"logprob": "x"}, "task bbb: field logprob is 'x' (must be a log-probability: a number, not NaN or +Infinity)"),
    ({"logprob": math.nan}, "task bbb: field logprob is nan"),
    ({"logprob": True}, "task bbb: field logprob is True"),
])
def test_bad_scores_record_names_file_line_task_and_field(tmp_path, change, what):
    from arcft.poe import read_scores
    path = tmp_path / "04_scores.jsonl"
    write_lines(path, [scored()], "\n" + json.dumps(scored(**change)) + "\n")  # a blank line: the record is line 3
    with pytest.raises(UserError) as e:
        read_scores(path)
    assert str(e.value).startswith(f"{path}:3: {what}") and "\n" not in str(e.value), str(e.value)


def test_scores_of_minus_infinity_and_without_votes_are_read(tmp_path):
    from arcft.poe import read_scores
    path = tmp_path / "04_scores.jsonl"
    write_lines(path, [scored(votes=None), scored(view="transpose", logprob=-math.inf)])
    assert read_scores(path)[("bbb", 0)] == [{"grid": [[6, 6]], "logprob": -math.inf, "views": 2, "votes": 0,
                                              "candidate": 0}]


def test_score_select_score_with_a_bad_scores_record_is_one_line(tmp_path):
    write_task(tmp_path / "ev", "bbb", B)
    augment(tmp_path, tmp_path / "ev", check=True)
    d = tmp_path / "d"
    write_lines(d / "04_predictions.jsonl", [pred("bbb", 0, [[6, 6]]), pred("bbb", 1, [[7, 7]])])
    write_lines(d / "04_scores.jsonl", [scored(), scored(view="transpose", grid=None)])
    p = score(d, "--select", "score", "--scores", d / "04_scores.jsonl", check=False)
    one_line_error(p, f"{d / '04_scores.jsonl'}:2: task bbb: missing field grid")
    assert not (d / "05_scores.json").exists()


def full(task_id, i, grid, view="identity", **change):
    """A 04_predictions.jsonl record as 04_predict.py writes it, with `change` (edit)."""
    return edit({**pred(task_id, i, grid, view), "colours": None, "sample": 0, "greedy": True, "error": None,
                 "text": "", "n_tokens": 3, "logprob": -0.5, "time_s": 0.1}, change)


@pytest.mark.parametrize("change, what", [
    ({"view": "flip"}, "task bbb: field view is 'flip' (must be one of identity, rot90"),
    ({"colours": [0, 1, 2, 3, 4, 5, 6, 7, 8, 8]}, "task bbb: field colours is [0, 1, 2, 3, 4, 5, 6, 7, 8, 8] (must be "
                                                  "null or a permutation of the colours 0-9)"),
    ({"grid": [[6, 6], [6]]}, "task bbb: field grid is not rectangular"),
    ({"grid": 66}, "task bbb: field grid must be a non-empty list of rows"),
    ({"test_index": "0"}, "task bbb: field test_index is '0' (must be an int, 0 or more)"),
    ({"test_index": -1}, "task bbb: field test_index is -1 (must be an int, 0 or more)"),
    ({"task_id": 7}, "field task_id is 7 (must be a string)"),
    ({"task_id": {"a": 1}}, "field task_id is {'a': 1} (must be a string)"),
    ({"sample": 1.5}, "task bbb: field sample is 1.5 (must be an int, 0 or more)"),
    ({"greedy": "yes"}, "task bbb: field greedy is 'yes' (must be true or false)"),
    ({"logprob": "x"}, "task bbb: field logprob is 'x' (must be a finite number or null)"),
    ({"view": None}, "task bbb: missing field view"),
    ({"grid": None}, "task bbb: missing field grid"),
])
def test_bad_prediction_for_scoring_names_file_line_task_and_field(tmp_path, change, what):
    from arcft.poe import read_leading
    path = tmp_path / "04_predictions.jsonl"
    bad = edit(full("bbb", 0, [[6, 6]], "transpose"), change)
    write_lines(path, [full("bbb", 0, [[6, 6]])], "\n" + json.dumps(bad) + "\n")
    with pytest.raises(UserError) as e:
        read_leading(path, 4)
    assert str(e.value).startswith(f"{path}:3: {what}") and "\n" not in str(e.value), str(e.value)


def test_leading_candidates_are_read_with_old_records_and_null_grids(tmp_path):
    from arcft.poe import read_leading
    path = tmp_path / "04_predictions.jsonl"
    write_lines(path, [pred("bbb", 0, [[6, 6]]), full("bbb", 0, [[1]], "transpose"), full("bbb", 0, None, "rot90"),
                       full("bbb", 0, [[6, 6]], "rot180", colours=[0, 2, 1, 3, 4, 5, 6, 7, 8, 9]),
                       full("bbb", 1, [[7]])])
    assert read_leading(path, 4) == {("bbb", 0): [{"grid": [[6, 6]], "votes": 2}, {"grid": [[1]], "votes": 1}],
                                     ("bbb", 1): [{"grid": [[7]], "votes": 1}]}
    assert read_leading(path, 1)[("bbb", 0)] == [{"grid": [[6, 6]], "votes": 2}]


PROMPT = {"id": "bbb.identity.0", "task_id": "bbb", "view": "identity", "test_index": 0, "train": B["train"],
          "test_input": [[6]], "n_prompt_tokens": 20, "answer_tokens_reserved": 10}


@pytest.mark.parametrize("change, what", [({"view": "flip"}, "field view is 'flip' (must be one of identity"),
                                          ({"test_index": "0"}, "field test_index is '0' (must be an int, 0 or more)"),
                                          ({"grid": None}, "missing field grid")])
def test_score_candidates_checks_the_predictions_before_loading_a_model(tmp_path, change, what):
    """04 --score-candidates: a bad predictions record is one line naming file, line, task and field, said before
    any model is loaded (the adapter here does not even exist), and the scores file is left alone."""
    write_lines(tmp_path / "02_eval.jsonl", [PROMPT])
    preds = tmp_path / "04_predictions.jsonl"
    bad = edit(full("bbb", 0, [[6, 6]], "transpose"), change)
    write_lines(preds, [full("bbb", 0, [[6, 6]]), bad])
    (tmp_path / "04_scores.jsonl").write_text(json.dumps(scored()) + "\n")
    p = run_script("04_predict.py", "--eval", tmp_path / "02_eval.jsonl", "--adapter", tmp_path / "no_adapter",
                   "--predictions", preds, "--score-candidates", "--scores", tmp_path / "04_scores.jsonl", check=False)
    one_line_error(p, f"{preds}:2: task bbb: {what}")
    assert (tmp_path / "04_scores.jsonl").read_text() == json.dumps(scored()) + "\n"


def test_score_candidates_on_a_torn_predictions_line_says_what_repairs_it(tmp_path):
    write_lines(tmp_path / "02_eval.jsonl", [PROMPT])
    preds = tmp_path / "04_predictions.jsonl"
    write_lines(preds, [full("bbb", 0, [[6, 6]])], '{"id": "bbb.tr')
    p = run_script("04_predict.py", "--eval", tmp_path / "02_eval.jsonl", "--adapter", tmp_path / "no_adapter",
                   "--predictions", preds, "--score-candidates", "--scores", tmp_path / "04_scores.jsonl", check=False)
    one_line_error(p, f"{preds}:2: not valid JSON", "rerun 04_predict.py with the options that wrote it")


def test_predict_names_a_wrong_decoding_attention_switch(tmp_path):
    """A wrong ARCFT_DECODE_ATTENTION stops 04 before the model loads, with the variable and its choices."""
    p = run_script("04_predict.py", "--eval", tmp_path / "none.jsonl", check=False,
                   env={"ARCFT_DECODE_ATTENTION": "whole"})
    one_line_error(p, "ARCFT_DECODE_ATTENTION='whole'", "auto, sdpa, triton")
