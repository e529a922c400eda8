# Lesson 2: weighted sum, step, bias; the perceptron rule and XOR.
#
# Run it: demo("lesson02_perceptron", package = "scratchnet")

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
# A perceptron, like lesson 1's neuron, starts by multiplying each input by its weight and adding the products up: the *weighted sum*, a dot product (`sum(x * w)`). Tutorial 001's weights are w = (0.1, 0.5, 0.7, 1.2); its two inputs give 0 * 0.1 + 0 * 0.5 + 2 * 0.7 + 3 * 1.2 = 5 and -4 * 0.1 + 0 * 0.5 + 2 * 0.7 - 5 * 1.2 = -5. The package's `weighted_sum(x, w)` computes the same.

library(scratchnet)

w <- c(0.1, 0.5, 0.7, 1.2) # the weights
x_a <- c(0, 0, 2, 3) # the first input
x_b <- c(-4, 0, 2, -5) # the second input
z_a <- sum(x_a * w)
z_b <- sum(x_b * w)
cat(sprintf("x_a . w = %g   weighted_sum: %g\n", z_a, weighted_sum(x_a, w)))
cat(sprintf("x_b . w = %g   weighted_sum: %g\n", z_b, weighted_sum(x_b, w)))

# ## The step function
#
# Where lesson 1's neuron used the smooth sigmoid, the perceptron uses a *step*: 1 if the weighted sum is at least 0, else 0. Its answer is yes or no.

step_a <- if (z_a >= 0) 1 else 0
step_b <- if (z_b >= 0) 1 else 0
cat(sprintf("step(%g) = %g   step_function: %g\n", z_a, step_a,
            step_function(z_a)))
cat(sprintf("step(%g) = %g   step_function: %g\n", z_b, step_b,
            step_function(z_b)))

# ## The bias moves the threshold
#
# A bias is a number added to the weighted sum before the step. It moves the point where the answer flips: with bias -6 the first input's sum becomes 5 - 6 = -1 and its answer 0; with bias 6 the second input's becomes -5 + 6 = 1 and its answer 1. `perceptron_output(x, w, b)` is the whole perceptron: weighted sum, plus bias, then step.

bias_a <- -6
bias_b <- 6
out_a <- perceptron_output(x_a, w, bias_a)
out_b <- perceptron_output(x_b, w, bias_b)
cat(sprintf("x_a . w + (%g) = %g -> %g\n", bias_a, sum(x_a * w) + bias_a,
            out_a))
cat(sprintf("x_b . w + (%g) = %g -> %g\n", bias_b, sum(x_b * w) + bias_b,
            out_b))

# ## The perceptron learning rule
#
# So far we chose the weights. Rosenblatt's rule *learns* them from examples. Start from weights and bias 0; take the samples one at a time; compute error = target - output (0 when the perceptron is right, +1 or -1 when it is wrong); then move: `w <- w + lr * error * x` and `b <- b + lr * error`, where the learning rate `lr` sets how far. Here is one pass (an *epoch*) over the four samples of AND, whose answer is 1 only for (1, 1). Each row of `X` is one sample.

# the four samples, one a row
X <- matrix(c(0, 0, 0, 1, 1, 0, 1, 1), ncol = 2, byrow = TRUE)
y_and <- c(0, 0, 0, 1) # AND's targets
lr <- 1 # the learning rate
w_rule <- c(0, 0) # the rule starts from zero
b_rule <- 0
for (i in seq_len(nrow(X))) {
  error <- y_and[i] - perceptron_output(X[i, ], w_rule, b_rule)
  w_rule <- w_rule + lr * error * X[i, ]
  b_rule <- b_rule + lr * error
  cat(sprintf("x = (%g, %g), target %g, error %g -> w = (%g, %g), b = %g\n",
              X[i, 1], X[i, 2], y_and[i], error, w_rule[1], w_rule[2], b_rule))
}

# Two mistakes in the first epoch, so the weights are not right yet.
#
# ## Epoch after epoch: AND, OR and XOR
#
# `train_perceptron(X, y, lr, epochs)` repeats that pass, epoch after epoch, and stops after an epoch without a mistake. Its first epoch is the one above. On AND and on OR the mistakes fall to 0: the rule has found weights that are right on all four samples. On XOR (1 when exactly one input is 1) they never do.

epochs <- 12 # at most; the rule stops after an epoch without a mistake
gates <- list(AND = c(0, 0, 0, 1), OR = c(0, 1, 1, 1), XOR = c(0, 1, 1, 0))
fits <- list()
for (name in names(gates)) {
  fit <- train_perceptron(X, gates[[name]], lr, epochs)
  fits[[name]] <- fit
  cat(name, ": mistakes per epoch: ", paste(fit$mistakes, collapse = " "), "\n",
      sep = "")
  cat(sprintf("   w = (%g, %g), b = %g\n", fit$w[1], fit$w[2], fit$b))
  cat(if (fit$converged) "   learned\n" else
    sprintf("   not learned in %d epochs\n", epochs))
}

# ## Why XOR cannot be learned
#
# A perceptron answers 1 on one side of the line w1x1 + w2x2 + b = 0 (and on the line itself, where the sum is 0) and 0 on the other side. AND's learned line, w = (2, 1) and b = -3, leaves (0, 0), (0, 1) and (1, 0) below it and passes through (1, 1), where the sum is 2 + 1 - 3 = 0 and the answer 1. For XOR no line can work: (0, 0) -> 0 needs b < 0; (0, 1) -> 1 and (1, 0) -> 1 need w2 + b >= 0 and w1 + b >= 0; adding those two, w1 + w2 + b >= -b > 0, so (1, 1) would get 1 too, but its target is 0. The rule keeps moving the line and never settles. Where XOR's last line leaves the four points:

w_and <- fits$AND$w
b_and <- fits$AND$b
corner <- X[4, ] # the point (1, 1)
cat(sprintf("AND's line at (%g, %g): %g\n", corner[1], corner[2],
            sum(w_and * corner) + b_and))
fit <- fits$XOR
y_xor <- gates$XOR
answers <- apply(X, 1, perceptron_output, w = fit$w, b = fit$b)
cat("XOR's last line answers:", answers, "\n")
cat("right on", sum(answers == y_xor), "of", length(y_xor), "\n")

# ## The picture
#
# Filled points are 1, open points 0. On the left, AND's line and its 1 side (shaded); on the right, XOR's four points: try to draw one straight line with both filled points on one side and both open points on the other.

xs <- c(-1, 2)
line <- -(w_and[1] * xs + b_and) / w_and[2] # w . x + b = 0, solved for x2
old <- par(mfrow = c(1, 2))
for (name in c("AND", "XOR")) {
  plot(X, pch = ifelse(gates[[name]] == 1, 19, 1), cex = 2, main = name,
       xlab = "x1", ylab = "x2", xlim = c(-0.5, 1.5), ylim = c(-0.5, 1.5))
  if (name == "AND") {
    lines(xs, line)
    polygon(c(xs, rev(xs)), c(line, 10, 10), border = NA,
            col = adjustcolor("steelblue", 0.2)) # where it answers 1
  }
}
par(old)

# A line gets at most three of XOR's four points right. To learn XOR a network needs a hidden layer: two lines, combined. That is lesson 5.
#
# **What to try next**
#
# - In the chunk "Epoch after epoch", add NAND to the gates: `NAND = c(1, 1, 1, 0)` inside the `list(...)` of `gates`. It is learned in 6 epochs, with mistakes 1 3 3 2 1 0 and w = (-2, -1), b = 2.
# - In the same chunk, raise the epochs to 100 (`epochs <- 100`): XOR still makes 4 mistakes in every epoch after the second, and is never learned.
# - In the chunk "The perceptron learning rule", set `lr <- 0.5` and run the chunks after it: the mistakes per epoch are the same, and every weight and bias is halved (AND: w = (1, 0.5), b = -1.5). From a zero start, the learning rate scales the line's numbers but not where the line lies.
# - In the chunk "The bias moves the threshold", try `bias_a <- -5`: the sum is exactly 0, and the step of 0 is 1 (the step says 1 from 0 up).
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 2's code, made from the course's one source (course/lessons/02_perceptron.md in the scratchnet repository).
