package org.herodotus.read;

/**
 * An input that cannot be read as an article, with the input's name and what is wrong with it. The
 * message reads {@code <input>: <problem>}.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String problem;

  public InputException(String input, String problem) {
    super(input + ": " + problem);
    this.input = input;
    this.problem = problem;
  }

  public InputException(String input, String problem, Throwable cause) {
    super(input + ": " + problem, cause);
    this.input = input;
    this.problem = problem;
  }

  public String input() {
    return input;
  }

  public String problem() {
    return problem;
  }
}
