"""Lesson 2: weighted sum, step, bias; the perceptron rule and XOR.

Run it: python -m scratchnet.lessons.perceptron
"""

# *From tutorial 001: an article on the perceptron and a multi-layer perceptron built from Module classes (the XOR example); its author was not preserved.*
#
# **What you will learn**
#
# - the weighted sum and the step function: what a perceptron computes
# - what the bias does
# - how the perceptron learning rule learns AND and OR, and why it never learns XOR
#
# **What you need to know**
#
# - lesson 1
#
# ## The weighted sum
#
# A perceptron, like lesson 1's neuron, starts by multiplying each input by its weight and adding the products up: the *weighted sum*, a dot product (`x @ w`, or `np.dot(x, w)`). Tutorial 001's weights are w = (0.1, 0.5, 0.7, 1.2); its two inputs give 0 * 0.1 + 0 * 0.5 + 2 * 0.7 + 3 * 1.2 = 5 and -4 * 0.1 + 0 * 0.5 + 2 * 0.7 - 5 * 1.2 = -5. The package's `weighted_sum(x, w)` computes the same.

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

w = np.array([0.1, 0.5, 0.7, 1.2])  # the weights
x_a = np.array([0.0, 0.0, 2.0, 3.0])  # the first input
x_b = np.array([-4.0, 0.0, 2.0, -5.0])  # the second input
z_a = x_a @ w
z_b = x_b @ w
print(f"x_a . w = {z_a:g}   weighted_sum: {sn.weighted_sum(x_a, w):g}")
print(f"x_b . w = {z_b:g}   weighted_sum: {sn.weighted_sum(x_b, w):g}")

# ## The step function
#
# Where lesson 1's neuron used the smooth sigmoid, the perceptron uses a *step*: 1 if the weighted sum is at least 0, else 0. Its answer is yes or no.

step_a = 1 if z_a >= 0 else 0
step_b = 1 if z_b >= 0 else 0
print(f"step({z_a:g}) = {step_a}   step_function: {sn.step_function(z_a)}")
print(f"step({z_b:g}) = {step_b}   step_function: {sn.step_function(z_b)}")

# ## The bias moves the threshold
#
# A bias is a number added to the weighted sum before the step. It moves the point where the answer flips: with bias -6 the first input's sum becomes 5 - 6 = -1 and its answer 0; with bias 6 the second input's becomes -5 + 6 = 1 and its answer 1. `perceptron_output(x, w, b)` is the whole perceptron: weighted sum, plus bias, then step.

bias_a = -6.0
bias_b = 6.0
out_a = sn.perceptron_output(x_a, w, bias_a)
out_b = sn.perceptron_output(x_b, w, bias_b)
print(f"x_a . w + ({bias_a:g}) = {x_a @ w + bias_a:g} -> {out_a}")
print(f"x_b . w + ({bias_b:g}) = {x_b @ w + bias_b:g} -> {out_b}")

# ## The perceptron learning rule
#
# So far we chose the weights. Rosenblatt's rule *learns* them from examples. Start from weights and bias 0; take the samples one at a time; compute error = target - output (0 when the perceptron is right, +1 or -1 when it is wrong); then move: `w = w + lr * error * x` and `b = b + lr * error`, where the learning rate `lr` sets how far. Here is one pass (an *epoch*) over the four samples of AND, whose answer is 1 only for (1, 1). Each row of `X` is one sample.

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])  # the four samples
y_and = np.array([0.0, 0.0, 0.0, 1.0])  # AND's targets
lr = 1.0  # the learning rate
w_rule, b_rule = np.zeros(2), 0.0  # the rule starts from zero
for x_i, target in zip(X, y_and, strict=True):
    error = target - sn.perceptron_output(x_i, w_rule, b_rule)
    w_rule = w_rule + lr * error * x_i
    b_rule = b_rule + lr * error
    seen = f"x = ({x_i[0]:g}, {x_i[1]:g}), target {target:g}, error {error:g}"
    print(f"{seen} -> w = ({w_rule[0]:g}, {w_rule[1]:g}), b = {b_rule:g}")

# Two mistakes in the first epoch, so the weights are not right yet.
#
# ## Epoch after epoch: AND, OR and XOR
#
# `train_perceptron(X, y, lr, epochs)` repeats that pass, epoch after epoch, and stops after an epoch without a mistake. Its first epoch is the one above. On AND and on OR the mistakes fall to 0: the rule has found weights that are right on all four samples. On XOR (1 when exactly one input is 1) they never do.

epochs = 12  # at most; the rule stops after an epoch without a mistake
gates = {"AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "XOR": [0, 1, 1, 0]}
fits = {}
for name, targets in gates.items():
    fit = sn.train_perceptron(X, np.array(targets, dtype=float), lr, epochs)
    fits[name] = fit
    print(f"{name}: mistakes per epoch:", " ".join(str(m) for m in fit["mistakes"]))
    print(f"   w = ({fit['w'][0]:g}, {fit['w'][1]:g}), b = {fit['b']:g}")
    print("   learned" if fit["converged"] else f"   not learned in {epochs} epochs")

# ## Why XOR cannot be learned
#
# A perceptron answers 1 on one side of the line w1x1 + w2x2 + b = 0 (and on the line itself, where the sum is 0) and 0 on the other side. AND's learned line, w = (2, 1) and b = -3, leaves (0, 0), (0, 1) and (1, 0) below it and passes through (1, 1), where the sum is 2 + 1 - 3 = 0 and the answer 1. For XOR no line can work: (0, 0) -> 0 needs b < 0; (0, 1) -> 1 and (1, 0) -> 1 need w2 + b >= 0 and w1 + b >= 0; adding those two, w1 + w2 + b >= -b > 0, so (1, 1) would get 1 too, but its target is 0. The rule keeps moving the line and never settles. Where XOR's last line leaves the four points:

w_and, b_and = fits["AND"]["w"], fits["AND"]["b"]
corner = X[3]  # the point (1, 1)
print(f"AND's line at ({corner[0]:g}, {corner[1]:g}): {w_and @ corner + b_and:g}")
fit = fits["XOR"]
y_xor = np.array(gates["XOR"], dtype=float)
answers = [sn.perceptron_output(x_i, fit["w"], fit["b"]) for x_i in X]
print("XOR's last line answers:", " ".join(str(a) for a in answers))
print("right on", int(np.sum(np.array(answers) == y_xor)), "of", len(y_xor))

# ## The picture
#
# Filled points are 1, open points 0. On the left, AND's line and its 1 side (shaded); on the right, XOR's four points: try to draw one straight line with both filled points on one side and both open points on the other.

xs = np.array([-1.0, 2.0])
line = -(w_and[0] * xs + b_and) / w_and[1]  # w . x + b = 0, solved for x2
fig, (left, right) = plt.subplots(1, 2, figsize=(7, 3.5), layout="constrained")
for ax, name in ((left, "AND"), (right, "XOR")):
    ones = np.array(gates[name]) == 1
    ax.scatter(X[ones, 0], X[ones, 1], s=80, color="black")
    ax.scatter(X[~ones, 0], X[~ones, 1], s=80, facecolors="none", edgecolors="black")
    ax.set(title=name, xlabel="x1", ylabel="x2", xlim=(-0.5, 1.5), ylim=(-0.5, 1.5))
left.plot(xs, line)
left.fill_between(xs, line, 10, alpha=0.2)  # where the perceptron answers 1
plt.show()

# A line gets at most three of XOR's four points right. To learn XOR a network needs a hidden layer: two lines, combined. That is lesson 5.
#
# **What to try next**
#
# - In the cell "Epoch after epoch", add NAND to the gates: `"NAND": [1, 1, 1, 0]` in the dict `gates`. It is learned in 6 epochs, with mistakes 1 3 3 2 1 0 and w = (-2, -1), b = 2.
# - In the same cell, raise the epochs to 100 (`epochs = 100`): XOR still makes 4 mistakes in every epoch after the second, and is never learned.
# - In the cell "The perceptron learning rule", set `lr = 0.5` and run the cells after it: the mistakes per epoch are the same, and every weight and bias is halved (AND: w = (1, 0.5), b = -1.5). From a zero start, the learning rate scales the line's numbers but not where the line lies.
# - In the cell "The bias moves the threshold", try `bias_a = -5.0`: the sum is exactly 0, and the step of 0 is 1 (the step says 1 from 0 up).
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 2's code, made from the course's one source (course/lessons/02_perceptron.md in the scratchnet repository).
