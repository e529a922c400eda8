# Lesson 1: a neuron, a 2-2-1 network, the MSE loss.
#
# Run it: demo("lesson01_neuron", package = "scratchnet")

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
# - enough R to run an R Markdown file's chunks in order and read a short one (`<-`, `c(...)`, `list(...)`, `cat` and `sprintf`), and matrices: `matrix`, `m[i, j]`
#
# ## One neuron
#
# A neuron takes some inputs, multiplies each by a weight, adds them up, adds a bias, and passes the total through an *activation function*. Tutorial 002's neuron has two inputs, x = (2, 3), weights w = (0, 1) and bias b = 4. Its total is z = 0*2 + 1*3 + 4 = 7: a *dot product*, each input times its weight and the products added (`sum(w * x)`: `*` multiplies the two vectors entry by entry and `sum` adds the products), plus the bias.

library(scratchnet)

x <- c(2, 3) # the inputs
w <- c(0, 1) # one weight per input
b <- 4 # the bias
z <- sum(w * x) + b # 0*2 + 1*3 + 4
out <- sigmoid(z)
cat(sprintf("z = %g\n", z))
cat(sprintf("sigmoid(z) = %.16g\n", out))

# The tutorial prints 0.9990889488055994: the same number, to the last digit.
#
# ## The sigmoid squashes
#
# The activation here is the sigmoid, 1 / (1 + e^(-z)). It turns any total, however large or small, into a number between 0 and 1: large positive totals come out near 1, large negative ones near 0, and a total of 0 gives exactly one half. The red dot is our neuron, at z = 7.

zs <- seq(-10, 10, length.out = 201)
cat(sprintf("sigmoid(-7) = %.6f\n", sigmoid(-7)))
cat(sprintf("sigmoid(0) = %g\n", sigmoid(0)))
cat(sprintf("sigmoid(7) = %.6f\n", sigmoid(7)))
plot(zs, sigmoid(zs), type = "l", xlab = "z = w . x + b", ylab = "sigmoid(z)")
points(z, out, col = "red", pch = 19)

# The package has the whole neuron as one function, `neuron_output(x, w, b)`: the same dot product, bias and sigmoid.

cat(sprintf("neuron_output(x, w, b) = %.16g\n", neuron_output(x, w, b)))

# ## A 2-2-1 network by hand
#
# Neurons become a network when the outputs of some are the inputs of others. Tutorial 002's network has 2 inputs, a *hidden layer* of 2 neurons (h1, h2) and 1 output neuron (o1), which takes h1 and h2 as its inputs. Every neuron has the same weights (0, 1) and bias 0. So h1 = h2 = sigmoid(0*2 + 1*3 + 0) = sigmoid(3), and o1 = sigmoid(0*h1 + 1*h2 + 0).

weights <- c(0, 1) # every neuron's weights
bias <- 0 # every neuron's bias
h1 <- sigmoid(sum(weights * x) + bias)
h2 <- sigmoid(sum(weights * x) + bias)
o1 <- sigmoid(sum(weights * c(h1, h2)) + bias)
cat(sprintf("h1 = %.16g\n", h1))
cat(sprintf("h2 = %.16g\n", h2))
cat(sprintf("o1 = %.16g\n", o1))

# The tutorial prints 0.7216325609518421 for o1.
#
# ## The same network with `forward`
#
# The package's `forward` computes a whole layer at once, with matrices, and for many samples at a time: each *row* of `X` is one sample. The hidden layer's weights `wh` have one *column* per hidden neuron (column 1 is h1's weights, column 2 is h2's), its biases `bh` one entry per hidden neuron; `wout` and `bout` are the output neuron's. `forward` then computes `X %*% wh + rep(bh, each = nrow(X))`, the sigmoid of that, and the same again for the output, and returns every step by name, in a list. `%*%` is R's matrix product, and `rep(bh, each = nrow(X))` repeats each bias once per row, so that `bh` is added to every row (R does not stretch a one-row matrix over the rows by itself).

X <- matrix(x, nrow = 1) # one sample: one row
params <- list(
  wh = matrix(c(weights, weights), 2, 2), # column 1: h1's weights, column 2: h2's
  bh = matrix(bias, 1, 2),
  wout = matrix(weights, 2, 1),
  bout = matrix(bias, 1, 1)
)
cache <- forward(X, params)
hidden <- cache$hidden_activations
cat("hidden layer (h1, h2):", sprintf("%.16g", hidden[1, ]), "\n")
cat(sprintf("output (o1): %.16g\n", cache$output[1, 1]))
cat("the same as by hand:", cache$output[1, 1] == o1, "\n")

# ## The mean squared error
#
# To learn, a network needs to know how wrong it is. The mean squared error (MSE) averages the squared differences between the targets and the predictions. Tutorial 002's example: targets (1, 0, 0, 1), predictions (0, 0, 0, 0), so MSE = ((1-0)^2 + (0-0)^2 + (0-0)^2 + (1-0)^2) / 4 = 2 / 4.

y_true <- c(1, 0, 0, 1) # the targets
y_pred <- c(0, 0, 0, 0) # the predictions
mse <- mean((y_true - y_pred)^2)
cat(sprintf("MSE by hand: %g\n", mse))
cat(sprintf("mse_loss(y_true, y_pred): %g\n", mse_loss(y_true, y_pred)))

# ## The trainers' loss is half of it
#
# From lesson 4 on, the trainers report `loss`, and `loss` is **half** the mean square: (1/2) * mean((y - output)^2). The half changes nothing about which predictions are better; it is there because the slope of (1/2)(y - o)^2 as o moves, its *derivative* (lessons 3 and 4 work with these), is simply -(y - o), with no 2 in front, which keeps the steps of backpropagation short. So when a later lesson prints the trainers' `loss`, double it to compare with this lesson's MSE; where a lesson prints the MSE itself, it says so (lesson 4 doubles `loss` to show its article's MSE; lesson 5's layered network reports the plain MSE, with no half to undo). For the same targets and predictions:

half <- loss(y_true, y_pred)
cat(sprintf("MSE = %g\n", mse))
cat(sprintf("loss = %g\n", half))
cat(sprintf("MSE / 2 = %g\n", mse / 2))

# **What to try next**
#
# - In the first chunk ("One neuron"), change the weights to `w <- c(1, 1)` and run the chunks again: z becomes 1*2 + 1*3 + 4 = 9 and the neuron says 0.9998766054240137; `neuron_output` in the third chunk agrees.
# - In the chunk "A 2-2-1 network by hand", set `weights <- c(1, 1)` and run it and the next chunk: h1 = h2 = sigmoid(5) ~ 0.9933, and o1 = sigmoid(h1 + h2) ~ 0.8794, by hand and by `forward` alike.
# - In the MSE chunk, make every prediction 0.5: `y_pred <- rep(0.5, 4)`. The MSE becomes 0.25, and the next chunk shows `loss` = 0.125. Predictions equal to the targets give 0 for both.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 1's code, made from the course's one source (course/lessons/01_neuron.md in the scratchnet repository).
