# Lesson 5: XOR, solved by a hidden layer.
#
# Run it: demo("lesson05_xor_mlp", package = "scratchnet")

# *From tutorial 001, a blog post on perceptrons and a multilayer perceptron built from layers (author not preserved).*
#
# **What you will learn**
#
# - why one hidden layer solves XOR, where lesson 2's single perceptron could not: in the hidden layer's space, the two classes can be split by a line
# - an MLP built from layers, each with a forward and a backward: `Linear`, `ReLU`, `Sigmoid`
# - tutorial 001's training loop: one sample at a time, the MSE and its derivative
#
# **What you need to know**
#
# - lessons 1 to 4, and lesson 2's proof that no single line separates XOR
#
# ## XOR, one-hot
#
# XOR is 1 when exactly one of its two inputs is 1. Tutorial 001 writes each answer *one-hot*: two outputs, 1 0 for 0 and 0 1 for 1, so the answer is the position of the larger output minus 1 (`max.col` gives positions 1 and 2). The second column of the one-hot table is XOR itself.

library(scratchnet)

xor <- load_dataset("xor")
X <- xor$X  # 4 x 2
Y <- xor$y  # 4 x 2, one-hot
cat(sprintf("XOR(%g, %g) = %d, one-hot %g %g\n", X[, 1], X[, 2],
            max.col(Y, ties.method = "first") - 1, Y[, 1], Y[, 2]), sep = "")

# ## The smallest network that learns it
#
# Before tutorial 001's big network, the smallest one: the 2-2-1 sigmoid network of lessons 1 to 4, trained on XOR's one column. Two hidden units are enough. It is trained by `train(X, y, params, lr, epochs)`, *full-batch* gradient descent: each epoch, one forward and one backward on all four rows at once, which sums the four samples' changes (`backward`'s loss is a sum over the samples, lesson 4), and one update; lesson 4's `train_sgd` made an update per sample instead. Lesson 6 compares the two.

y <- Y[, 2, drop = FALSE]  # XOR as one column, 4 x 1
seed <- 42
lr <- 1
epochs <- 5000
small <- train(X, y, init_params(2, 2, 1, seed = seed), lr, epochs)$params
small_output <- predict_output(X, small)[, 1]
cat(sprintf("XOR(%g, %g): the network says %.3f\n", X[, 1], X[, 2],
            small_output), sep = "")

# ## Why it works: the hidden layer moves the points
#
# The output unit is one neuron: it can only draw a line, and in the input plane no line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other. But the output unit never sees the inputs. It sees the hidden activations `H <- sigmoid(X %*% wh + rep(bh, each = nrow(X)))`, `bh` repeated for every row, one row per point, and there the four points have moved. The output's line is where `Z <- H %*% wout + bout[1, 1]`, the one output bias added to every row, is 0: XOR's 1s must land where Z > 0 and its 0s where Z < 0.

# bh repeated down its columns, once per row of X: R does not stretch a row
H <- sigmoid(X %*% small$wh + rep(small$bh, each = nrow(X)))  # 4 x 2
Z <- H %*% small$wout + small$bout[1, 1]  # 4 x 1: which side of the line
cat(sprintf("x = (%g, %g) -> h = (%.3f, %.3f), Z = %6.2f\n", X[, 1], X[, 2],
            H[, 1], H[, 2], Z[, 1]), sep = "")

# One hidden unit has learned roughly OR (near 1 unless both inputs are 0), the other roughly AND (near 1 only for (1, 1)); XOR is "OR and not AND", and that *is* a line. The same four points, before and after the hidden layer, with the output's line Z = 0 drawn in the hidden space; the right panel's title counts the points on their own side of that line (Z > 0 for a 1, Z < 0 for a 0), whatever the start:

#| fig.width = 8, fig.height = 4
colour <- ifelse(y[, 1] == 0, "blue", "red")  # blue 0, red 1
w1 <- small$wout[1, 1]
w2 <- small$wout[2, 1]
b <- small$bout[1, 1]
on_side <- sum((Z[, 1] > 0) == (y[, 1] == 1))  # points on their side
old <- par(mfrow = c(1, 2))  # two panels side by side
plot(X, col = colour, pch = 19, cex = 2, xlab = "x1", ylab = "x2",
     main = "inputs: no line splits them")
plot(H, col = colour, pch = 19, cex = 2, xlim = c(-0.1, 1.1),
     ylim = c(-0.1, 1.1), xlab = "h1", ylab = "h2",
     main = sprintf("hidden: the line puts %d of %d right", on_side, nrow(y)))
abline(a = -b / w2, b = -w1 / w2)  # w1 h1 + w2 h2 + b = 0
par(old)

# ## Layers, each with a forward and a backward
#
# Tutorial 001 builds its network from layers. A `Linear` layer computes `x %*% weights + bias`; `ReLU` computes max(0, z), the input where it is positive and 0 elsewhere; `Sigmoid` squashes. Each layer remembers what its backward will need: `Linear` its input, `ReLU` its input, `Sigmoid` its output. Each layer is a closure, a list of functions that share the layer's own variables, and `layer$forward(x)` calls its `forward`. One `Linear` layer, and its arithmetic written out:

weights <- matrix(c(1, 2, -1, 0.5), 2)  # 2 inputs x 2 outputs
bias <- matrix(c(0.5, -2), 1)  # 1 x 2
x <- matrix(c(1, 1), 1)  # one sample, 1 x 2
z <- Linear(weights, bias)$forward(x)
# by hand: 1 + 2 + 0.5, -1 + 0.5 - 2
cat("Linear: ", z, "by hand:", x %*% weights + bias, "\n")
cat("ReLU:   ", ReLU()$forward(z), "\n")  # max(0, z)
cat("Sigmoid:", round(Sigmoid()$forward(z), 4), "\n")

# ## Tutorial 001's network: 2-20-20-2
#
# Tutorial 001's `MLP` class has three `Linear` layers with `h_l_dimension` units in each hidden layer, ReLU after the first two and a sigmoid at the end. It builds it with `MLP(input_size=2, output_size=2, hiddenlayer=3, h_l_dimension=20)`, but the class takes no `hiddenlayer` argument, so as printed that line stops with an error (the tutorial is in Python, which stops at an argument a function does not take); without it, the network is the one it means, with sizes `c(2, 20, 20, 2)`. `make_mlp` builds it from a seed (start weights uniform on (-0.5, 0.5), as the tutorial's). Untrained, its answers are guesses:

sizes <- c(2, 20, 20, 2)  # inputs, two hidden layers of 20, outputs
# Linear, ReLU, Linear, ReLU, Linear, Sigmoid
layers <- make_mlp(sizes, seed = seed)
for (p in mlp_params(layers)) {
  cat(sprintf("Linear: weights %d x %d, bias 1 x %d\n", nrow(p$weights),
              ncol(p$weights), ncol(p$bias)))
}
untrained <- mlp_forward(layers, X)
cat("untrained outputs, one row per input:\n")
print(round(untrained, 4))

# ## One step backwards
#
# Tutorial 001's loss is the MSE, the mean of (output - target)^2 over the two outputs; its derivative by the output is 2 * (output - target) / k, with k = 2 outputs here (`mse_slope` divides by the number of entries). `mlp_backward` hands that gradient to the last layer; each layer, last to first, turns the gradient at its output into the gradient at its input, and a `Linear` layer also moves its weights and bias by -lr * their gradient. These layers pass true gradients and subtract them, the textbook's step; lesson 4's `backward` hands back changes, minus-gradients, and the update adds them. The two are the same step, written with opposite signs. One step on the first sample, (0, 0), with the tutorial's lr 0.1, on a fresh copy of the network:

mlp_lr <- 0.1  # tutorial 001's learning rate
copy <- make_mlp(sizes, seed = seed)
x <- X[1, , drop = FALSE]  # the sample (0, 0); its one-hot target is 1 0
target <- Y[1, , drop = FALSE]
output <- mlp_forward(copy, x)
cat(sprintf("before: MSE %.6f\n", mse_loss(target, output)))
gradient <- mse_slope(target, output)  # 2 (output - target) / 2 outputs
cat("gradient at the output:", round(gradient, 6), "\n")
invisible(mlp_backward(copy, gradient, mlp_lr))  # every layer, last to first
output <- mlp_forward(copy, x)
cat(sprintf("after one step: MSE %.6f\n", mse_loss(target, output)))

# ## Training, one sample at a time
#
# `train_per_sample` is tutorial 001's loop: for each epoch, for each of the four samples, forward, MSE, backward. It returns each epoch's mean MSE (each sample's taken before its own step), which the tutorial prints every epoch as "Epoch e/3000 Mean Squared Error"; here the first epoch and every 500th (`print_every`) are printed. The tutorial ends at 0.000011 from its own random start.

mlp_epochs <- 3000
print_every <- 500
# trains layers in place; returns each epoch's mean MSE
history <- train_per_sample(layers, X, Y, mlp_lr, mlp_epochs)
for (epoch in c(1, seq_len(mlp_epochs %/% print_every) * print_every)) {
  cat(sprintf("Epoch %d/%d Mean Squared Error: %.6f\n", epoch, mlp_epochs,
              history[epoch]))
}
cat("the tutorial's last, from its own start: 0.000011\n")
plot(seq_len(mlp_epochs), history, type = "l", log = "y", xlab = "epoch",
     ylab = "mean squared error",
     main = sprintf("XOR: the %s MLP learning", paste(sizes, collapse = "-")))

# ## The answers
#
# The trained network's two outputs for each input; its answer is the position of the larger one, `max.col(..., ties.method = "first")` minus 1, since R counts positions from 1 and XOR's values are 0 and 1.

outputs <- mlp_forward(layers, X)
cat(sprintf("[%.8f %.8f] XOR(%g, %g): says %d, actual %d\n",
            outputs[, 1], outputs[, 2], X[, 1], X[, 2],
            max.col(outputs, ties.method = "first") - 1,
            max.col(Y, ties.method = "first") - 1), sep = "")

# **What to try next**
#
# - In the chunk of the smallest network, set `seed <- 2`: training stalls (the package warns that the loss stalled) with two of the four outputs near 0.5. Run the next two chunks: (0, 1) and (1, 1) land on the same hidden point, near (1, 1), no line can split one point, and the picture's title says the output's line puts only 2 of 4 right. A start decides whether gradient descent finds the solution. (Set the seed back to 42 before going on: the chunks after these use it too.)
# - In the chunk of tutorial 001's network, set `sizes <- c(2, 4, 4, 2)` and run the chunks after it: four units per hidden layer still solve XOR; even `c(2, 2, 2)` does.
# - In the training chunk, set `mlp_epochs <- 100` and `print_every <- 20`: the MSE has fallen only to 0.060830, and the answers are already right, but the outputs are far from 0 and 1 (0.68367473 and 0.34986097 for (0, 0)).
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 5's code, made from the course's one source (course/lessons/05_xor_mlp.md in the scratchnet repository).
