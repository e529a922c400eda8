"""Lesson 8: why backpropagation is what it is.

Made by `make notebooks` from course/lessons/08_derivation.md: edit that file, not this one.
Run it: python -m scratchnet.lessons.derivation
"""

# *From tutorial 003's steps 0-11, derived.*
#
# **What you will learn**
#
# - where each of steps 5-11 comes from: the chain rule, one step at a time
# - why the update adds lr times each change: the changes are minus the gradient
# - why the bias changes sum over samples (colSums), and what tutorial 003's R code got wrong
# - how to check a gradient yourself with finite differences
#
# **What you need to know**
#
# - lessons 6 and 7
# - what a derivative is, and the chain rule for f(g(x))
#
# Every symbol below is computed by the code on the toy problem (tutorial 003's X and y), from seed 42, in the first epoch with lr 0.1; the numbers are printed by the code, so this page cannot drift from it. Rows are samples: X is n x d (3 x 4), y is n x k (3 x 1), wh d x h (4 x 3), wout h x k (3 x 1).

import numpy as np

import scratchnet as sn

toy = sn.load_dataset("toy")
X, y = toy["X"], toy["y"]
params = sn.init_params(4, 3, 1, seed=42)
print("\n".join(sn.trace_lines(sn.trace_epoch(X, y, params, lr=0.1))))

# **The loss.** The code reports $L = \frac{1}{2nk}\sum (y - o)^2$, but its changes are computed for the summed $S = \frac{1}{2}\sum (y - o)^2 = nk\,L$. Gradient descent moves each weight against $\partial S / \partial w$.
#
# **Steps 2-4, forward:** $Z_h = X\,w_h + b_h$ (step 2), $H = \sigma(Z_h)$ (step 3), $Z_o = H\,w_{out} + b_{out}$ and $O = \sigma(Z_o)$ (step 4).
#
# **Step 5:** $E = y - O = -\partial S / \partial O$: the error is *minus* the gradient, so every change below is minus a gradient too.
#
# **Step 6:** $\sigma'(z) = \sigma(z)(1 - \sigma(z))$, so the slope is computed from the *output*: `slope_output` $= O(1 - O)$ and `slope_hidden` $= H(1 - H)$. Passing $Z$ instead of $\sigma(Z)$ is the classic bug.
#
# **Step 7:** by the chain rule, $-\partial S / \partial Z_o = E \circ O(1 - O)$ = `d_output`.
#
# **Step 10 (output side):** $Z_o = H\,w_{out}$, so $-\partial S / \partial w_{out} = H^T\,$`d_output` = `dwout`.
#
# **Step 11 (output side):** $b_{out}$ is added to every row, so its gradient is `d_output` **summed over the rows (samples)** = `dbout`.
#
# **Step 8:** $-\partial S / \partial H = $ `d_output` $w_{out}^T$ = `error_hidden`.
#
# **Step 9:** $-\partial S / \partial Z_h = $ `error_hidden` $\circ H(1 - H)$ = `d_hidden`.
#
# **Steps 10-11 (hidden side):** `dwh` $= X^T\,$`d_hidden`, and `dbh` = `d_hidden` summed over the samples.
#
# **The update:** $w \leftarrow w + lr \cdot dw = w - lr \cdot \partial S / \partial w$: one step downhill. The learning rate appears once; tutorial 003's step list multiplies `d_output` by it at step 7 *and* again in the update.
#
# **The bias sum.** `dbh` must have one number per hidden unit: a sum over the samples (numpy's `axis=0`, R's `colSums`). Tutorial 003's R code used `rowSums`, a sum over the hidden units, which gives one number per *sample*: a different, wrong network. Here are both, from the first epoch's `d_hidden`:

grads = sn.backward(X, y, params, sn.forward(X, params))
print("over samples (right), one per hidden unit:")
print(" ".join(f"{v:.6f}" for v in np.ravel(grads["d_hidden"].sum(axis=0))))
print("over units (tutorial 003's R), one per sample:")
print(" ".join(f"{v:.6f}" for v in np.ravel(grads["d_hidden"].sum(axis=1))))

# **Check it yourself.** Nudge one weight by a tiny $\epsilon$ both ways and measure the summed loss: $(S(w + \epsilon) - S(w - \epsilon)) / 2\epsilon$ approximates $\partial S/\partial w$. Minus it must equal backward's change:


def summed(p):
    return y.size * sn.loss(y, sn.predict_output(X, p))


step = 1e-6
plus = {k: v.copy() for k, v in params.items()}
minus = {k: v.copy() for k, v in params.items()}
plus["wh"][0, 0] += step
minus["wh"][0, 0] -= step
numeric = (summed(plus) - summed(minus)) / (2 * step)
print(f"minus dS/dwh[1, 1] by finite differences: {-numeric:.8f}")
print(f"backward's dwh[1, 1]:                      {grads['dwh'][0, 0]:.8f}")

# **What to try next**
#
# - check your own backward in the exercises (lesson 9)
# - derive the steps for a tanh hidden layer (slope 1 - a^2)
#
# Keep open: [glossary](../reference/glossary.md), [numpy ↔ R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).
