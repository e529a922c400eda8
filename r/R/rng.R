# R's default random numbers, drawn from a seed without touching the caller's.
#
# Why this file exists: the same integer seed must give the same start weights
# in R and in Python, exactly, without shipping weight files. Here that is just
# set.seed() then runif() on R's default kinds (Mersenne-Twister, Inversion);
# python/src/scratchnet/rng.py rebuilds the same generator state with numpy.
# The caller's .Random.seed is left as it was found: no global state leaks.
# Only runif() is covered: rnorm() and sample() are deliberately left out.

# Largest seed R's set.seed() accepts; -seed_max is the smallest.
seed_max <- 2147483647

#' Check a seed
#'
#' @param seed A whole number in \[-(2^31 - 1), 2^31 - 1\]; doubles such as 42
#'   are accepted, as `set.seed()` accepts them.
#' @param name How the message calls the value (the command line says
#'   `--seed`).
#' @return The seed as an integer; a `scratchnet_error` otherwise.
#' @examples
#' check_seed(42)
#' try(check_seed(1.5))
#' @export
check_seed <- function(seed, name = "seed") {
  ok <- is.numeric(seed) && length(seed) == 1 && is.finite(seed) &&
    seed == round(seed) && abs(seed) <= seed_max
  if (!ok) {
    shown <- if (is.character(seed) && length(seed) == 1) {
      sprintf("'%s'", seed)
    } else {
      paste(deparse(seed), collapse = " ")
    }
    stop(scratchnet_error(sprintf(
      "%s must be an integer in [-%.0f, %.0f], got %s",
      name, seed_max, seed_max, shown
    )))
  }
  as.integer(seed)
}

#' The first n numbers of set.seed(seed); runif(n)
#'
#' @param n How many numbers, n >= 0.
#' @param seed An integer in \[-(2^31 - 1), 2^31 - 1\] (see [check_seed()]).
#' @return A numeric vector of length n, values in (0, 1); the caller's
#'   `.Random.seed` is restored (or removed, if there was none).
#' @examples
#' runif_from_seed(3, 42)  # set.seed(42); runif(3), without touching .Random.seed
#' @export
runif_from_seed <- function(n, seed) {
  seed <- check_seed(seed)
  keeping_random_seed(function() {
    set.seed(seed, kind = "Mersenne-Twister", normal.kind = "Inversion")
    stats::runif(n)
  })
}

# Run draw() and put the caller's .Random.seed back as it was (or remove it,
# if there was none): no global random state leaks out. (No Python twin:
# numpy draws from private generator objects, so there is nothing to restore.)
keeping_random_seed <- function(draw) {
  had_seed <- exists(".Random.seed", envir = globalenv(), inherits = FALSE)
  if (had_seed) saved <- get(".Random.seed", envir = globalenv())
  on.exit(
    if (had_seed) {
      assign(".Random.seed", saved, envir = globalenv())
    } else {
      rm(".Random.seed", envir = globalenv())
    }
  )
  draw()
}

# The seed of a run's second stream (the holdout split), derived from its
# seed: seed + 1000003, wrapped into the seed range, so the split never draws
# from the start weights' stream and both languages derive the same seed.
split_seed <- function(seed) {
  seed <- check_seed(seed)
  (seed + 1000003 + seed_max) %% (2 * seed_max + 1) - seed_max
}

#' The first n numbers of numpy's np.random.seed(seed); np.random.random(n)
#'
#' Gives, in R, the first n numbers that numpy's legacy generator draws after it
#' is seeded with `seed`.
#' Tutorial 000 starts its weights this way. numpy's legacy generator is also
#' a Mersenne Twister, but seeded differently from R's (`init_genrand`: each of
#' the 624 key words from the one before) and turning two 32-bit outputs into
#' one 53-bit double. So R rebuilds numpy's key, loads it into its own
#' generator as `.Random.seed`, reads the raw 32-bit outputs back from
#' `runif()` (each is exactly raw / 2^32), and combines them as numpy does.
#' The caller's `.Random.seed` is left as it was found.
#'
#' @param n How many numbers, n >= 0.
#' @param seed An integer in \[0, 2^32 - 1\], as numpy's legacy seeding takes
#'   it.
#' @return A numeric vector of length n, values in \[0, 1), bit-identical to
#'   numpy's.
#' @examples
#' numpy_legacy_random(3, 42)  # numpy: np.random.seed(42); np.random.random(3)
#' @export
numpy_legacy_random <- function(n, seed) {
  two_32 <- 4294967296
  # Unsigned 32-bit arithmetic on doubles (exact below 2^53): split the
  # multiplication in 16-bit halves; XOR half by half with bitwXor().
  mul32 <- function(a, b) {
    ((a %/% 65536 * b) %% two_32 * 65536 + (a %% 65536) * b) %% two_32
  }
  xor32 <- function(a, b) {
    bitwXor(a %/% 65536, b %/% 65536) * 65536 + bitwXor(a %% 65536, b %% 65536)
  }
  key <- numeric(624)
  key[1] <- seed
  for (i in 2:624) {
    key[i] <- (mul32(1812433253, xor32(key[i - 1], key[i - 1] %/% 2^30)) +
                 i - 1) %% two_32
  }
  # .Random.seed for R's Mersenne Twister: the kinds (10403 = Mersenne-Twister,
  # Inversion, Rejection), the position (624: draw a fresh block first), then
  # the key as signed 32-bit integers. floor() undoes R's scaling, and also
  # its nudge of a raw 0 to 0.5 / (2^32 - 1).
  signed <- ifelse(key >= 2^31, key - two_32, key)
  raw <- keeping_random_seed(function() {
    assign(".Random.seed", c(10403L, 624L, as.integer(signed)),
           envir = globalenv())
    floor(stats::runif(2 * n) * two_32)
  })
  # Odd and even draws by position (raw[c(TRUE, FALSE)] would give NA when
  # n is 0: a logical index longer than the vector selects NA).
  a <- raw[seq(1, by = 2, length.out = n)] %/% 32
  b <- raw[seq(2, by = 2, length.out = n)] %/% 64
  (a * 67108864 + b) / 9007199254740992
}
