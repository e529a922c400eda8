# Lesson 4: gender from weight and height, by stochastic gradient descent.
#
# Run it: demo("lesson04_gender_sgd", package = "scratchnet")

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

library(scratchnet)

gender <- load_dataset("gender")
X <- gender$X  # weight - 135, height - 66
y <- gender$y  # 1 = female
people <- c("Alice", "Bob", "Charlie", "Diana")
writeLines(sprintf("%-8s %5g %5g %3g", people, X[, 1], X[, 2], y[, 1]))

# ## Alice through a network whose weights are all 1
#
# The article names the six weights of the 2-2-1 network w1 to w6 and its three biases b1 to b3: h1 weighs x1 by w1 and x2 by w2, h2 weighs them by w3 and w4, and the output weighs h1 by w5 and h2 by w6. To work one derivative by hand it sets every weight to 1 and every bias to 0, and keeps only Alice.

w1 <- w2 <- w3 <- w4 <- w5 <- w6 <- 1  # every weight 1
b1 <- b2 <- b3 <- 0  # every bias 0
x1 <- X[1, 1]  # Alice: -2, -1; she is female, so her target is 1
x2 <- X[1, 2]
h1 <- sigmoid(w1 * x1 + w2 * x2 + b1)  # sigmoid(-2 - 1) = sigmoid(-3)
h2 <- sigmoid(w3 * x1 + w4 * x2 + b2)
y_pred <- sigmoid(w5 * h1 + w6 * h2 + b3)
cat(sprintf("h1 = %.4f, h2 = %.4f, y_pred = %.3f\n", h1, h2, y_pred))

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

dloss_dypred <- -2 * (1 - y_pred)
dypred_dh1 <- w5 * y_pred * (1 - y_pred)
dh1_dw1 <- x1 * h1 * (1 - h1)
dloss_dw1 <- dloss_dypred * dypred_dh1 * dh1_dw1
cat(sprintf("dL/dw1 = %.5g x %.5g x %.5g = %.5f\n", dloss_dypred, dypred_dh1,
            dh1_dw1, dloss_dw1))
y_pred_3 <- signif(y_pred, 3)  # the article rounds y_pred first, to 0.524
rounded <- signif(c(-2 * (1 - y_pred_3), dypred_dh1, dh1_dw1), 3)
factors <- paste(sprintf("%.3g", rounded), collapse = " x ")
cat(sprintf("rounded as the article does: %s = %.4f\n", factors, prod(rounded)))

# ## The same number from the package's backward
#
# The package keeps the weights as matrices: `wh`, a 2 x 2 matrix, holds w1 to w4, with w1 (from x1 to h1) in its first row and column, `wh[1, 1]`; `wout`, 2 x 1, holds w5 and w6. `backward(X, y, params, cache)`, given what `forward` returned as `cache`, works the chain rule for every weight and bias at once, for all the rows of `X`.
#
# What it returns is a *change* for each parameter, not a gradient: a list of `dwh`, `dbh`, `dwout` and `dbout`, each *minus* the gradient of the summed half squared error, the sum over the samples of (y - y_pred)^2/2 (here one sample, Alice). Because it is minus the gradient, the package's step *adds* it: a weight becomes the weight plus the learning rate times its change, and that goes downhill. The textbook's `w <- w - lr * dw`, applied to these changes, would go uphill. (This lesson keeps them in `grads`, the name `update_params` gives them; read every entry as a change.) The article's L has no half, so its derivative is minus twice the change.

ones <- list(wh = matrix(1, 2, 2), bh = matrix(0, 1, 2),
             wout = matrix(1, 2, 1), bout = matrix(0, 1, 1))
alice <- X[1, , drop = FALSE]  # one row each: 1 x 2 and 1 x 1
her_target <- y[1, , drop = FALSE]
grads <- backward(alice, her_target, ones, forward(alice, ones))
cat(sprintf("backward's change for w1: %.6f\n", grads$dwh[1, 1]))
cat(sprintf("minus twice the change:   %.5f\n", -2 * grads$dwh[1, 1]))

# ## One step, and the learning rate
#
# Gradient descent moves each weight a little against its derivative: the article's w1 becomes w1 - 0.1 * dL/dw1, 0.1 being its learning rate. `update_params(params, grads, lr)` moves every weight and bias *along* its change: w1 becomes w1 + lr * change. Since the change is minus half the article's derivative, the same step needs lr = 2 * 0.1 = 0.2. Both ways, one step from the all-ones start:

article_lr <- 0.1  # the article's learning rate, for L = (y - y_pred)^2
lr <- 2 * article_lr  # the same steps for the package's (y - y_pred)^2 / 2
by_article <- w1 - article_lr * dloss_dw1
by_package <- update_params(ones, grads, lr)$wh[1, 1]
cat(sprintf("w1 after one step, the article's way (rate %g): %.6f\n",
            article_lr, by_article))
cat(sprintf("w1 after one step, the package's way (rate %g): %.6f\n", lr,
            by_package))

# ## Training: one person at a time
#
# Now the whole table, from random start weights: `init_params(2, 2, 1, seed)` draws the start of a network with 2 inputs, 2 hidden units and 1 output, every weight and bias uniformly between 0 and 1, the same numbers from the same seed. `train_sgd` takes one person, computes every weight's change for that person alone (forward, backward), updates, and goes on to the next: four updates per epoch, in the table's order. A step per sample, rather than one per pass over the whole table, is the article's *stochastic* gradient descent (SGD). The article trains for 1000 epochs and prints its loss (the mean of (y - y_pred)^2 over the four people, twice the package's `loss`) every 10 epochs; here every 100th epoch is printed (`print_every`), and every 10th is plotted below. Epochs are counted from 0, as the article counts them, so epoch e's loss is `mse[e + 1]`: R counts a vector's entries from 1.

seed <- 42
epochs <- 1000
print_every <- 100
start <- init_params(2, 2, 1, seed = seed)
trained <- train_sgd(X, y, start, lr, epochs)
mse <- 2 * trained$loss  # the article's loss, at the start of each epoch
cat(sprintf("learning rate used: %g (the article's %g), %d epochs\n", lr,
            article_lr, epochs))
for (epoch in seq(0, epochs - 1, by = print_every)) {
  cat(sprintf("Epoch %d loss: %.3f\n", epoch, mse[epoch + 1]))
}

# The loss every 10 epochs, the article's hundred lines as one picture. It falls fast while the network finds which way weight and height point, then slowly as the outputs close in on 0 and 1.

every <- 10  # the article prints the loss every 10 epochs
shown <- seq(0, epochs - 1, by = every)
plot(shown, mse[shown + 1], type = "b", pch = 20, xlab = "epoch",
     ylab = "mean of (y - y_pred)^2",
     main = sprintf("gender: loss every %d epochs", every))

# ## Two new people
#
# Emily weighs 128 lb and is 63 in tall (-7, -3 after the shift); Frank weighs 155 lb and is 68 in tall (20, 2). The trained network's output, `predict_output(X, params)` (`forward`'s output and nothing else), is its belief that the person is female. The article, from its own random start, printed 0.951 for Emily and 0.039 for Frank; this start gives nearly the same.

new_people <- c("Emily", "Frank")
shifted <- rbind(c(-7, -3), c(20, 2))  # weight - 135, height - 66
female <- predict_output(shifted, trained$params)[, 1]
cat(sprintf("%s (%g, %g): %.3f -> %s\n", new_people, shifted[, 1],
            shifted[, 2], female, ifelse(female >= 0.5, "female", "male")),
    sep = "")
cat("the article: Emily 0.951, Frank 0.039\n")

# **What to try next**
#
# - In the training chunk, set `epochs <- 10` and `print_every <- 1`, and run it and the chunks after it: the loss falls at every epoch, from 0.392 to 0.255, far from the 0.003 the full run prints at epoch 900, and both Emily (0.606) and Frank (0.565) are called female. (The picture then has a single point; set `every <- 1` in its chunk to draw all ten.)
# - In the training chunk, set `seed <- 7`: another start, another loss curve, the same answers.
# - In the last chunk, add a row to `shifted` and a name to `new_people` with your own weight - 135 and height - 66 (in lb and in), as the article invites.
# - In the one-step chunk, set `lr <- article_lr` (forgetting the factor 2): the package's step is then half the article's.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 4's code, made from the course's one source (course/lessons/04_gender_sgd.md in the scratchnet repository).
