"""Lesson 4: gender from weight and height, by stochastic gradient descent.

Run it: python -m scratchnet.lessons.gender_sgd
"""

# *From tutorial 002, "Implementation of Neural Networks from scratch", a lecture after Victor Zhou's "Machine Learning for Beginners: An Introduction to Neural Networks" (2019).*
#
# **What you will learn**
#
# - a partial derivative of the loss worked out by the chain rule, factor by factor
# - that the package's `backward` computes the same number as a *change*, minus the gradient, and why the package's update therefore adds it
# - stochastic gradient descent: one update per person, a thousand times over the table
# - a prediction for two new people
#
# **What you need to know**
#
# - lessons 1 to 3: a neuron, the sigmoid and its slope from its output, the 2-2-1 network, the MSE loss, a gradient-descent step
# - the chain rule of derivatives: not needed beforehand, this lesson teaches it where it first uses it
#
# ## Four people
#
# The article's table: each person's weight minus 135 lb and height minus 66 in (shifted so the numbers are small and centred), and 1 for female, 0 for male. The network reads the two numbers and should output a value near 1 for a woman, near 0 for a man.

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

gender = sn.load_dataset("gender")
X, y = gender["X"], gender["y"]  # X: weight - 135, height - 66; y: 1 = female
people = ["Alice", "Bob", "Charlie", "Diana"]
for person, (weight, height), (female,) in zip(people, X, y, strict=True):
    print(f"{person:<8} {weight:5g} {height:5g} {female:3g}")

# ## Alice through a network whose weights are all 1
#
# The article names the six weights of the 2-2-1 network w1 to w6 and its three biases b1 to b3: h1 weighs x1 by w1 and x2 by w2, h2 weighs them by w3 and w4, and the output weighs h1 by w5 and h2 by w6. To work one derivative by hand it sets every weight to 1 and every bias to 0, and keeps only Alice.

w1 = w2 = w3 = w4 = w5 = w6 = 1.0  # every weight 1
b1 = b2 = b3 = 0.0  # every bias 0
x1, x2 = X[0]  # Alice: -2, -1; she is female, so her target is 1
h1 = sn.sigmoid(w1 * x1 + w2 * x2 + b1)  # sigmoid(-2 - 1) = sigmoid(-3)
h2 = sn.sigmoid(w3 * x1 + w4 * x2 + b2)
y_pred = sn.sigmoid(w5 * h1 + w6 * h2 + b3)
print(f"h1 = {h1:.4f}, h2 = {h2:.4f}, y_pred = {y_pred:.3f}")

# ## dL/dw1 by the chain rule
#
# The *chain rule*: when one quantity depends on a second, and the second on a third, their slopes multiply. If y_pred rises 0.25 for each unit h1 rises, and L falls 0.95 for each unit y_pred rises, then L falls 0.25 * 0.95 for each unit h1 rises: dL/dh1 = dL/dy_pred * dy_pred/dh1. A *partial* derivative such as dL/dw1 is the slope as w1 alone moves, every other weight held still.
#
# The article's loss for one person is L = (1 - y_pred)^2. How does it change when w1 moves? w1 changes h1, h1 changes y_pred, y_pred changes L, so by the chain rule the derivative is the product of three factors:
#
# - dL/dy_pred = -2 * (1 - y_pred): the slope of a square u^2 is 2u, and u = 1 - y_pred falls as y_pred rises, hence the minus;
# - dy_pred/dh1 = w5 * sigma'(z) where z is the output's input, and sigma'(z) = y_pred * (1 - y_pred), computed from the sigmoid's *output*;
# - dh1/dw1 = x1 * h1 * (1 - h1), for the same reason.
#
# Unrounded, the product is 0.02147 (the factors are printed to five figures, enough for their product to show it). The article rounds as it goes (y_pred to 0.524, then each factor to three figures), so its first factor is -0.952 and its product 0.0214.

dloss_dypred = -2 * (1 - y_pred)
dypred_dh1 = w5 * y_pred * (1 - y_pred)
dh1_dw1 = x1 * h1 * (1 - h1)
dloss_dw1 = dloss_dypred * dypred_dh1 * dh1_dw1
print(f"dL/dw1 = {dloss_dypred:.5g} x {dypred_dh1:.5g} x {dh1_dw1:.5g} = {dloss_dw1:.5f}")
y_pred_3 = float(f"{y_pred:.3g}")  # the article rounds y_pred first, to 0.524
rounded = [float(f"{f:.3g}") for f in (-2 * (1 - y_pred_3), dypred_dh1, dh1_dw1)]
factors = " x ".join(f"{f:.3g}" for f in rounded)
print(f"rounded as the article does: {factors} = {np.prod(rounded):.4f}")

# ## The same number from the package's backward
#
# The package keeps the weights as matrices: `wh`, a (2, 2) array, holds w1 to w4, with w1 (from x1 to h1) in its first row and column, `wh[0, 0]`; `wout`, (2, 1), holds w5 and w6. `backward(X, y, params, cache)`, given what `forward` returned as `cache`, works the chain rule for every weight and bias at once, for all the rows of `X`.
#
# What it returns is a *change* for each parameter, not a gradient: a dict of `dwh`, `dbh`, `dwout` and `dbout`, each *minus* the gradient of the summed half squared error, the sum over the samples of (y - y_pred)^2/2 (here one sample, Alice). Because it is minus the gradient, the package's step *adds* it: a weight becomes the weight plus the learning rate times its change, and that goes downhill. The textbook's `w = w - lr * dw`, applied to these changes, would go uphill. (This lesson keeps them in `grads`, the name `update_params` gives them; read every entry as a change.) The article's L has no half, so its derivative is minus twice the change.

ones = {
    "wh": np.ones((2, 2)),
    "bh": np.zeros((1, 2)),
    "wout": np.ones((2, 1)),
    "bout": np.zeros((1, 1)),
}
alice, her_target = X[:1], y[:1]  # one row each: (1, 2) and (1, 1)
grads = sn.backward(alice, her_target, ones, sn.forward(alice, ones))
print(f"backward's change for w1: {grads['dwh'][0, 0]:.6f}")
print(f"minus twice the change:   {-2 * grads['dwh'][0, 0]:.5f}")

# ## One step, and the learning rate
#
# Gradient descent moves each weight a little against its derivative: the article's w1 becomes w1 - 0.1 * dL/dw1, 0.1 being its learning rate. `update_params(params, grads, lr)` moves every weight and bias *along* its change: w1 becomes w1 + lr * change. Since the change is minus half the article's derivative, the same step needs lr = 2 * 0.1 = 0.2. Both ways, one step from the all-ones start:

article_lr = 0.1  # the article's learning rate, for L = (y - y_pred)^2
lr = 2 * article_lr  # the same steps for the package's (y - y_pred)^2 / 2
by_article = w1 - article_lr * dloss_dw1
by_package = sn.update_params(ones, grads, lr)["wh"][0, 0]
print(f"w1 after one step, the article's way (rate {article_lr:g}): {by_article:.6f}")
print(f"w1 after one step, the package's way (rate {lr:g}): {by_package:.6f}")

# ## Training: one person at a time
#
# Now the whole table, from random start weights: `init_params(2, 2, 1, seed)` draws the start of a network with 2 inputs, 2 hidden units and 1 output, every weight and bias uniformly between 0 and 1, the same numbers from the same seed. `train_sgd` takes one person, computes every weight's change for that person alone (forward, backward), updates, and goes on to the next: four updates per epoch, in the table's order. A step per sample, rather than one per pass over the whole table, is the article's *stochastic* gradient descent (SGD). The article trains for 1000 epochs and prints its loss (the mean of (y - y_pred)^2 over the four people, twice the package's `loss`) every 10 epochs; here every 100th epoch is printed (`print_every`), and every 10th is plotted below.

seed = 42
epochs = 1000
print_every = 100
start = sn.init_params(2, 2, 1, seed=seed)
trained = sn.train_sgd(X, y, start, lr, epochs)
mse = 2 * trained["loss"]  # the article's loss, at the start of each epoch
print(f"learning rate used: {lr:g} (the article's {article_lr:g}), {epochs} epochs")
for epoch in range(0, epochs, print_every):
    print(f"Epoch {epoch} loss: {mse[epoch]:.3f}")

# The loss every 10 epochs, the article's hundred lines as one picture. It falls fast while the network finds which way weight and height point, then slowly as the outputs close in on 0 and 1.

every = 10  # the article prints the loss every 10 epochs
shown = np.arange(0, epochs, every)
plt.figure(figsize=(5, 3.5))
plt.plot(shown, mse[shown], marker=".")
plt.xlabel("epoch")
plt.ylabel("mean of (y - y_pred)^2")
plt.title(f"gender: loss every {every} epochs")
plt.show()

# ## Two new people
#
# Emily weighs 128 lb and is 63 in tall (-7, -3 after the shift); Frank weighs 155 lb and is 68 in tall (20, 2). The trained network's output, `predict_output(X, params)` (`forward`'s output and nothing else), is its belief that the person is female. The article, from its own random start, printed 0.951 for Emily and 0.039 for Frank; this start gives nearly the same.

new_people = ["Emily", "Frank"]
shifted = np.array([[-7.0, -3.0], [20.0, 2.0]])  # weight - 135, height - 66
female = sn.predict_output(shifted, trained["params"])[:, 0]
for person, (weight, height), p in zip(new_people, shifted, female, strict=True):
    print(f"{person} ({weight:g}, {height:g}): {p:.3f} -> {'female' if p >= 0.5 else 'male'}")
print("the article: Emily 0.951, Frank 0.039")

# **What to try next**
#
# - In the training cell, set `epochs = 10` and `print_every = 1`, and run it and the cells after it: the loss falls at every epoch, from 0.392 to 0.255, far from the 0.003 the full run prints at epoch 900, and both Emily (0.606) and Frank (0.565) are called female. (The picture then has a single point; set `every = 1` in its cell to draw all ten.)
# - In the training cell, set `seed = 7`: another start, another loss curve, the same answers.
# - In the last cell, add a row to `shifted` and a name to `new_people` with your own weight - 135 and height - 66 (in lb and in), as the article invites.
# - In the one-step cell, set `lr = article_lr` (forgetting the factor 2): the package's step is then half the article's.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 4's code, made from the course's one source (course/lessons/04_gender_sgd.md in the scratchnet repository).
