"""Lesson 1: a neuron, a 2-2-1 network, the MSE loss.

Run it: python -m scratchnet.lessons.neuron
"""

# *From tutorial 002: "Implementation of Neural Networks from scratch", a lecture inspired by Victor Zhou's blog post "Machine Learning for Beginners: An Introduction to Neural Networks" (2019).*
#
# **What you will learn**
#
# - what one sigmoid neuron computes from its inputs, weights and bias
# - how two neurons feed a third: a 2-2-1 network, by hand and with the package's `forward`
# - the mean squared error of a set of predictions, and the *half* of it that the trainers report
#
# **What you need to know**
#
# - multiplying and adding numbers; what a function is
# - enough Python to run a notebook's cells in order and read a short one (variables, lists, dicts, `print` and f-strings), and a little numpy: arrays, `np.array`, `np.mean`
#
# ## One neuron
#
# A neuron takes some inputs, multiplies each by a weight, adds them up, adds a bias, and passes the total through an *activation function*. Tutorial 002's neuron has two inputs, x = (2, 3), weights w = (0, 1) and bias b = 4. Its total is z = 0*2 + 1*3 + 4 = 7: a *dot product*, each input times its weight and the products added (`w @ x`, numpy's matrix product), plus the bias.

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

x = np.array([2.0, 3.0])  # the inputs
w = np.array([0.0, 1.0])  # one weight per input
b = 4.0  # the bias
z = w @ x + b  # 0*2 + 1*3 + 4
out = sn.sigmoid(z)
print(f"z = {z:g}")
print(f"sigmoid(z) = {out:.16g}")

# The tutorial prints 0.9990889488055994: the same number, to the last digit.
#
# ## The sigmoid squashes
#
# The activation here is the sigmoid, 1 / (1 + e^(-z)). It turns any total, however large or small, into a number between 0 and 1: large positive totals come out near 1, large negative ones near 0, and a total of 0 gives exactly one half. The red dot is our neuron, at z = 7.

zs = np.linspace(-10, 10, 201)
print(f"sigmoid(-7) = {sn.sigmoid(-7.0):.6f}")
print(f"sigmoid(0) = {sn.sigmoid(0.0):g}")
print(f"sigmoid(7) = {sn.sigmoid(7.0):.6f}")
plt.figure(figsize=(5, 3.5))
plt.plot(zs, sn.sigmoid(zs))
plt.scatter([z], [out], color="red", zorder=3)
plt.xlabel("z = w . x + b")
plt.ylabel("sigmoid(z)")
plt.show()

# The package has the whole neuron as one function, `neuron_output(x, w, b)`: the same dot product, bias and sigmoid.

print(f"neuron_output(x, w, b) = {sn.neuron_output(x, w, b):.16g}")

# ## A 2-2-1 network by hand
#
# Neurons become a network when the outputs of some are the inputs of others. Tutorial 002's network has 2 inputs, a *hidden layer* of 2 neurons (h1, h2) and 1 output neuron (o1), which takes h1 and h2 as its inputs. Every neuron has the same weights (0, 1) and bias 0. So h1 = h2 = sigmoid(0*2 + 1*3 + 0) = sigmoid(3), and o1 = sigmoid(0*h1 + 1*h2 + 0).

weights = np.array([0.0, 1.0])  # every neuron's weights
bias = 0.0  # every neuron's bias
h1 = sn.sigmoid(weights @ x + bias)
h2 = sn.sigmoid(weights @ x + bias)
o1 = sn.sigmoid(weights @ np.array([h1, h2]) + bias)
print(f"h1 = {h1:.16g}")
print(f"h2 = {h2:.16g}")
print(f"o1 = {o1:.16g}")

# The tutorial prints 0.7216325609518421 for o1.
#
# ## The same network with `forward`
#
# The package's `forward` computes a whole layer at once, with matrices, and for many samples at a time: each *row* of `X` is one sample. The hidden layer's weights `wh` have one *column* per hidden neuron (column 0 is h1's weights, column 1 is h2's: numpy counts from 0), its biases `bh` one entry per hidden neuron; `wout` and `bout` are the output neuron's. `forward` then computes `X @ wh + bh`, the sigmoid of that, and the same again for the output, and returns every step by name, in a dict. `@` is numpy's matrix product, and the one-row `bh` is added to every row: numpy stretches it over the rows by itself (*broadcasting*).

X = x.reshape(1, 2)  # one sample: one row
params = {
    "wh": np.column_stack([weights, weights]),  # column 0: h1's weights, column 1: h2's
    "bh": np.full((1, 2), bias),
    "wout": weights.reshape(2, 1),
    "bout": np.full((1, 1), bias),
}
cache = sn.forward(X, params)
hidden = cache["hidden_activations"]
print("hidden layer (h1, h2):", " ".join(f"{v:.16g}" for v in hidden[0]))
print(f"output (o1): {cache['output'][0, 0]:.16g}")
print("the same as by hand:", cache["output"][0, 0] == o1)

# ## The mean squared error
#
# To learn, a network needs to know how wrong it is. The mean squared error (MSE) averages the squared differences between the targets and the predictions. Tutorial 002's example: targets (1, 0, 0, 1), predictions (0, 0, 0, 0), so MSE = ((1-0)^2 + (0-0)^2 + (0-0)^2 + (1-0)^2) / 4 = 2 / 4.

y_true = np.array([1.0, 0.0, 0.0, 1.0])  # the targets
y_pred = np.array([0.0, 0.0, 0.0, 0.0])  # the predictions
mse = np.mean((y_true - y_pred) ** 2)
print(f"MSE by hand: {mse:g}")
print(f"mse_loss(y_true, y_pred): {sn.mse_loss(y_true, y_pred):g}")

# ## The trainers' loss is half of it
#
# From lesson 4 on, the trainers report `loss`, and `loss` is **half** the mean square: (1/2) * mean((y - output)^2). The half changes nothing about which predictions are better; it is there because the slope of (1/2)(y - o)^2 as o moves, its *derivative* (lessons 3 and 4 work with these), is simply -(y - o), with no 2 in front, which keeps the steps of backpropagation short. So when a later lesson prints the trainers' `loss`, double it to compare with this lesson's MSE; where a lesson prints the MSE itself, it says so (lesson 4 doubles `loss` to show its article's MSE; lesson 5's layered network reports the plain MSE, with no half to undo). For the same targets and predictions:

half = sn.loss(y_true, y_pred)
print(f"MSE = {mse:g}")
print(f"loss = {half:g}")
print(f"MSE / 2 = {mse / 2:g}")

# **What to try next**
#
# - In the first cell ("One neuron"), change the weights to `w = np.array([1.0, 1.0])` and run the cells again: z becomes 1*2 + 1*3 + 4 = 9 and the neuron says 0.9998766054240137; `neuron_output` in the third cell agrees.
# - In the cell "A 2-2-1 network by hand", set `weights = np.array([1.0, 1.0])` and run it and the next cell: h1 = h2 = sigmoid(5) ~ 0.9933, and o1 = sigmoid(h1 + h2) ~ 0.8794, by hand and by `forward` alike.
# - In the MSE cell, make every prediction 0.5: `y_pred = np.full(4, 0.5)`. The MSE becomes 0.25, and the next cell shows `loss` = 0.125. Predictions equal to the targets give 0 for both.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 1's code, made from the course's one source (course/lessons/01_neuron.md in the scratchnet repository).
