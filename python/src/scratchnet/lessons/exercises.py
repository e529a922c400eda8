"""Lesson 9: write the network yourself, and check it.

Run it: python -m scratchnet.lessons.exercises
"""

# *From the steps of tutorial 003 (Sunil Ray, "Understanding and Coding Neural Networks From
# Scratch in Python and R"), and the checkers of this repository.*
#
# **What you will learn**
#
# - to write `forward`, `backward`, `update_params` and `train` yourself, step by step
# - to read a checker's verdict: PASS, or FAIL with the step, your piece, what it is and the fix
# - to check the checker: every verdict names a problem you can print and work by hand
#
# **What you need to know**
#
# - lesson 8 (every step and its shape); keep the [glossary](../reference/glossary.md) and the
#   [numpy and R cheat-sheet](../reference/cheat-sheet.md) open
#
# Each function below is a blank: its first lines say what it takes and what it must return, then
# it stops with "your code here". Run its cell: the checker runs your
# function on two small problems (no square matrices, so a transposed one cannot hide), compares
# every piece it returns with the package's own, in step order, and prints one verdict. A verdict
# starts with PASS or FAIL. A failure names the step, your piece and what it is: the usual mistake
# its numbers match (a mean where the sum belongs, a bias left out, the pre-activation where the
# activation belongs, ...) or, when your code stopped, your own line, the sizes of what it
# combined, and the fix. Fill in the blank, run it again, and read the new verdict. The four build
# on each other: `my_train` calls the other three.
#
# Try each blank before you look at the solutions. They are in a `solutions` folder: beside this
# lesson in the course you wrote with `python -m scratchnet course DIR` (`solutions/09_exercises.py`),
# and in `course/solutions/` of the repository.
#
# ## The problem a verdict speaks of
#
# Every failing verdict says which problem it failed on: `sn.exercise_problem(1)` or
# `sn.exercise_problem(2)`. Problem 1 has 5
# samples, 3 inputs, 4 hidden units and 2 outputs; rows are samples, so `X` is (5, 3),
# `wh` (3, 4), `bh` (1, 4), `wout` (4, 2) and `bout` (1, 2), and the checkers train with a learning rate of 0.5 for 3
# epochs.

import numpy as np

import scratchnet as sn

problem = sn.exercise_problem(1)
X, y, params, lr = problem["X"], problem["y"], problem["params"], problem["lr"]
print("X", X.shape, "y", y.shape, "lr", lr, "epochs", problem["epochs"])
for name in ("wh", "bh", "wout", "bout"):
    print(name, params[name].shape)
print("the first sample:", X[0].round(4))
print("its target:", y[0])

# ## Forward: steps 2 to 4


def my_forward(X, params):
    """Steps 2-4 on X (n, d) with params wh (d, h), bh (1, h), wout (h, k), bout (1, k).

    Return a dict of four arrays: hidden_layer_input (n, h), hidden_activations (n, h),
    output_layer_input (n, k) and output (n, k). numpy adds a (1, h) bias to every row.
    """
    raise NotImplementedError("your code here")


passed = sn.check_forward(my_forward)

# ## Backward: steps 5 to 11
#
# `cache` is what a forward pass returned. The changes are **minus** the gradient of the summed
# half squared error (lesson 8), so the update will *add* them; the bias changes are sums over
# the samples (down each column: `.sum(axis=0)`), one number per unit.


def my_backward(X, y, params, cache):
    """Steps 5-11. y is (n, k); cache holds hidden_activations (n, h) and output (n, k).

    Return a dict of ten arrays: E, slope_output, d_output (n, k); slope_hidden,
    error_hidden, d_hidden (n, h); dwout (h, k), dbout (1, k), dwh (d, h), dbh (1, h)
    (for the bias changes, the 1-D sums (k,) and (h,) will do).
    """
    raise NotImplementedError("your code here")


passed = sn.check_backward(my_backward)

# ## The update: steps 10 and 11, applied


def my_update_params(params, grads, lr):
    """Steps 10-11: each of wh, bh, wout, bout plus lr times its change (dwh, dbh, ...).

    Return NEW parameters, a dict with the same four names and shapes; leave params as it was.
    """
    raise NotImplementedError("your code here")


passed = sn.check_update(my_update_params)

# ## Training: the loop
#
# Each epoch: a forward pass, the loss **from that pass, before the update**, a backward pass,
# and the update, whose result you keep. The loss is half the mean square of the error,
# mean((y - output)^2) / 2, so lesson 1's MSE is twice the loss.


def my_train(X, y, params, lr, epochs):
    """Train for epochs epochs with my_forward, my_backward and my_update_params.

    Return {"params": the trained parameters, "loss": the epochs' losses, in order}.
    """
    raise NotImplementedError("your code here")


passed = sn.check_train(my_train)

# ## Reading a failing verdict, and checking it by hand
#
# Here is a mistake made on purpose: a forward pass that forgets the hidden bias. The checker names
# the first step that differs (step 2), the first entry of your `hidden_layer_input` that differs,
# both values, and what your numbers are.


def forward_without_bias(X, params):
    result = sn.forward(X, params)
    result["hidden_layer_input"] = X @ params["wh"]  # step 2, its bias forgotten
    return result


verdict = sn.check_forward(forward_without_bias)
print("step", verdict.step, verdict.name, "expected", verdict.expected, "got", verdict.got)

# Check the checker: the entry it names is the first sample's input to the first hidden unit, the
# first row of `X` times the first column of `wh`, plus the first hidden bias. Work it on problem
# 1, the one the verdict names:

row, column, bias = X[0], params["wh"][:, 0], params["bh"][0, 0]
print(" + ".join(f"{row[i]:.6f} x {column[i]:.6f}" for i in range(len(row))))
without = (row * column).sum()
print(f"= {without:.6f}; plus the first hidden bias, {bias:.6f},")
print(f"gives {without + bias:.6f}")

# The sum without the bias is the number the verdict found in your piece; with it, the number it
# expected (the verdict rounds both to six significant digits).
#
# **What to try next**
#
# - Fill in each blank until every checker passes; the solutions are in the `solutions` folder
#   (see above), but read a verdict first.
# - Make a classic mistake on purpose in your `my_backward` and read the verdict: `E = cache["output"] - y` (a flipped sign), `slope_output` from
#   `output_layer_input` (the pre-activation), step 9 without `slope_hidden`, or the changes
#   divided by the number of samples.
# - In `my_train`, call `my_update_params(params, grads, lr)` without keeping its result, or record
#   the loss after the update, or run one epoch too few: each verdict names what it sees.
# - Leave out a transpose in step 8 (`d_output @ params["wout"]`): the verdict quotes your line, the sizes of the two matrices and
#   the fix.
# - Add the bias wrongly on purpose in `my_forward`: `X @ params["wh"] + params["bh"].T`
#   (a column, which numpy cannot add to every row).
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 9's code, made from the course's one source (course/lessons/09_exercises.md in the scratchnet repository).
