# Lesson 3: a single-layer network and the arithmetic of learning.
#
# Run it: demo("lesson03_single_layer", package = "scratchnet")

# *From tutorial 000: a blog post on a single-layer sigmoid network in NumPy (a toy problem of four samples with three inputs each, started from `np.random.seed(42)`); its author was not preserved.*
#
# **What you will learn**
#
# - a network with no hidden layer, trained by gradient descent, written out line by line
# - how R rebuilds exactly the random start the tutorial drew from numpy with seed 42
# - why the sigmoid's slope is computed from its *output*
# - binary cross-entropy, and one gradient-descent step done by hand
#
# **What you need to know**
#
# - lessons 1 and 2
# - what a logarithm is, and what the slope (the *derivative*) of a curve at a point is: how fast its value changes as its input moves; this lesson measures one
#
# ## The data and the random start
#
# Tutorial 000 has four samples of three inputs each (the rows of `X`, a 4 x 3 matrix) and one target each (`y`, 4 x 1): the target is the first input. The network is a single sigmoid neuron with three weights and no bias, so `weights` is a 3 x 1 matrix. The tutorial starts them at random, in Python: `np.random.seed(42)` and `2 * np.random.random((3, 1)) - 1`, three numbers between -1 and 1. R's own generator gives other numbers from the same seed, so the package rebuilds the one numpy uses: `numpy_legacy_random(n, seed)` gives the first `n` numbers that numpy draws after that seed, and this lesson starts from the tutorial's very weights.

library(scratchnet)

data <- load_dataset("single_layer")
X <- data$X # 4 x 3: rows are samples
y <- data$y # 4 x 1
seed <- 42
start <- 2 * matrix(numpy_legacy_random(3, seed), 3, 1) - 1 # 3 x 1, in [-1, 1)
cat("X:", paste(apply(X, 1, paste, collapse = " "), collapse = " | "), "\n")
cat("y:", y[, 1], "\n")
cat("start weights:", sprintf("%.8f", start[, 1]), "\n")

# ## Exactly the tutorial's numbers
#
# To 17 significant digits (enough to pin down a double exactly), these are the very numbers the tutorial's own call gives. R has no numpy, so this chunk holds the digits numpy prints for seed 42, computed once in Python and written into the chunk, and compares with those; with another seed its check says FALSE, because the written digits are seed 42's.

# R has no numpy: the 17 digits numpy prints for seed 42 (and only for
# 42), computed once in Python and written here
numpy_seed_42 <- c(-0.25091976230527502, 0.90142861281983233,
                   0.46398788362281018)
cat("numpy_legacy_random:", sprintf("%.17g", start[, 1]), "\n")
cat("numpy, seed 42:", sprintf("%.17g", numpy_seed_42), "\n")
cat("the same, bit for bit:", identical(start[, 1], numpy_seed_42), "\n")

# ## Training, written out
#
# Each epoch of the tutorial's loop: the forward pass, `output <- sigmoid(X %*% weights)`, 4 x 1, one prediction per sample; the error, `y - output`; and the update, `weights <- weights + t(X) %*% (error * slope)` (`t(X)` is `X` transposed), where the slope of the sigmoid is `output * (1 - output)`. The learning rate is 1 and there is no bias; why this update lowers the error is the last section's gradient descent. Every 1000 epochs it prints the mean absolute error. The tutorial prints the output after training as 0.00966808, 0.00786589, 0.99358863 and 0.99211705, a 4 x 1 matrix: the last epoch's predictions, close to the targets 0, 0, 1, 1. The chunk also prints the weights it ends with.

epochs <- 10000
print_every <- 1000
weights <- start
for (epoch in 0:(epochs - 1)) {
  output <- sigmoid(X %*% weights) # forward: 4 x 1
  error <- y - output
  if (epoch %% print_every == 0) {
    cat(sprintf("Error at iteration %d: %.8f\n", epoch, mean(abs(error))))
  }
  adjustment <- error * sigmoid_slope(output) # slope from the OUTPUT
  weights <- weights + t(X) %*% adjustment # 3 x 4 times 4 x 1: 3 x 1
}
cat("Output after training:\n")
print(round(output, 8))
cat("weights after training:", sprintf("%.8f", weights[, 1]), "\n")

# ## The same with `train_single_layer`
#
# The package's `train_single_layer(X, y, weights, epochs)` is that loop. It returns the trained weights, each epoch's mean absolute error and the last epoch's output. Same start, same numbers; the tutorial's eight printed digits, to the last one. The error falls fast, then slowly: the picture has a logarithmic axis.

trained <- train_single_layer(X, y, start, epochs)
tutorial <- matrix(c(0.00966808, 0.00786589, 0.99358863, 0.99211705), 4, 1)
last <- trained$last_output
cat("largest difference from the loop:", max(abs(last - output)), "\n")
cat("the tutorial's digits:", all(round(last, 8) == tutorial), "\n")
plot(trained$mean_abs_error, type = "l", log = "y", xlab = "epoch",
     ylab = "mean absolute error")

# ## The slope comes from the output
#
# The tutorial calls its slope `sigmoid_derivative(x)` and computes `x * (1 - x)`. That is the sigmoid's derivative only when `x` is the sigmoid's *output*, as in the loop above; given the total z itself, it is simply wrong. The package names it for what it takes: `sigmoid_slope(activation)`. At z = 2, compare both with the slope measured directly, (sigmoid(z + h) - sigmoid(z - h)) / 2h:

z <- 2
h <- 1e-6
cat(sprintf("sigmoid_slope(sigmoid(z)) = %.6f\n", sigmoid_slope(sigmoid(z))))
measured <- (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)
cat(sprintf("measured slope            = %.6f\n", measured))
cat(sprintf("z * (1 - z), the mistake  = %.6f\n", z * (1 - z)))

# ## A forward pass with a bias
#
# The tutorial's second example is a neuron with one input, weight w = 0.5 and bias b = -0.2, on input 100: sigmoid(100 * 0.5 - 0.2) = sigmoid(49.8). The true value falls short of 1 by about e^(-49.8), some 2.4e-22: far less than a double can tell apart from 1, so the sigmoid gives exactly 1.

w <- 0.5
b <- -0.2
x_in <- 100
prediction <- sigmoid(x_in * w + b)
cat(sprintf("sigmoid(%g) = %.16g\n", x_in * w + b, prediction))
cat(sprintf("1 - prediction = %g\n", 1 - prediction))
cat(sprintf("e^-%g = %.2g\n", x_in * w + b, exp(-(x_in * w + b))))

# ## Binary cross-entropy
#
# For a label t (0 or 1) and a predicted probability p, binary cross-entropy is -(t * log(p) + (1 - t) * log(1 - p)): small when p is close to t, large when it is far. The tutorial's spam example: label 1 and p = 0.9 gives -log(0.9) = 0.105361; label 0 and p = 0.9 gives -log(0.1) = 2.302585. And suppose the forward pass above, whose prediction is exactly 1, was about an example whose label is 0: the prediction is certain and wrong, an infinite loss (log(0) is minus infinity). `binary_cross_entropy(t, p)` computes the same, and counts a term whose factor is 0 as 0.

for (case in list(c(1, 0.9), c(0, 0.9))) {
  label <- case[1]
  prob <- case[2]
  by_hand <- -(label * log(prob) + (1 - label) * log(1 - prob))
  package <- binary_cross_entropy(label, prob)
  cat(sprintf("label %g, p %g: %.6f   binary_cross_entropy: %.6f\n",
              label, prob, by_hand, package))
}
infinite <- binary_cross_entropy(0, prediction)
cat(sprintf("label 0, p %g: binary_cross_entropy = %g\n", prediction, infinite))

# ## One gradient-descent step, by hand
#
# A parameter's *gradient* is the slope of the loss as that parameter alone moves: positive when raising the parameter raises the loss. Gradient descent moves each parameter a small step *against* its gradient, downhill: w_new = w - alpha * dw and b_new = b - alpha * db, where the learning rate alpha sets the step's size. The tutorial's example: alpha = 0.01, dw = -10 and db = -5, from w = 0.5 and b = -0.2. `gradient_descent_step(value, gradient, alpha)` is the same subtraction.

alpha <- 0.01
dw <- -10
db <- -5
w_new <- w - alpha * dw
b_new <- b - alpha * db
w_step <- gradient_descent_step(w, dw, alpha)
b_step <- gradient_descent_step(b, db, alpha)
cat(sprintf("w: %g -> %g   gradient_descent_step: %g\n", w, w_new, w_step))
cat(sprintf("b: %g -> %g   gradient_descent_step: %g\n", b, b_new, b_step))
cat(sprintf("b changed by %+g\n", b_new - b))

# The tutorial says this step increases w and *decreases* b. It increases both: -0.15 is larger than -0.2. Both gradients are negative, so both steps go up; a parameter goes down only when its gradient is positive.
#
# The loop of "Training, written out" took such steps too, with alpha = 1, but it *adds* `t(X) %*% (error * slope)`. That is because what it adds is *minus* the gradient of the summed half squared error, the sum over the samples of (y - output)^2/2: subtracting a gradient and adding minus it are the same step. Lesson 4 works such a gradient out by the chain rule, and the package's `backward` hands back minus-gradients the same way.
#
# **What to try next**
#
# - In the first chunk, set `seed <- 1` and run the chunks: the start weights change completely, but after 10000 epochs the output differs from seed 42's only from the sixth decimal on (0.00966449 instead of 0.00966808), and the weights nearly agree (the first is 9.67299303 instead of 9.67256303). The check in the next chunk says FALSE: its written digits are seed 42's.
# - Then, in the chunk "Training, written out", set `epochs <- 30000` and `print_every <- 10000`: the first output falls on to 0.00553612 and the weights grow to 10.79215700, -0.20575850 and -5.19092630 (from seed 42: 0.00553681, and 10.79201601 for the first weight). There is no best answer for training to find: the first input splits these four samples exactly, so larger weights always bring the outputs closer to 0 and 1, the loss has no lowest point, and the weights grow for as long as training runs. Starts as different as seed 1's and seed 42's end up on the same slow road.
# - From seed 42, in the chunk "Training, written out", set `epochs <- 100`: the output is still far from the targets (0.11474858 for a target of 0), and the next chunk's "tutorial's digits" says FALSE.
# - In the last chunk, set `alpha <- 0.1`: w becomes 1.5 and b becomes 0.3, a step ten times as long. Then make the gradient of w positive as well, `dw <- 10`: w goes *down*, to -0.5 (and with `alpha` back at 0.01, to 0.4).
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 3's code, made from the course's one source (course/lessons/03_single_layer.md in the scratchnet repository).
