/** The review page before it can show the log: opening it, or why it could not. */

export function ReviewOpening() {
  return (
    <p class="muted review-opening" role="status">
      Opening the session log…
    </p>
  );
}

export function ReviewFailed({ message }: { message: string }) {
  return (
    <main class="review-locked">
      <h1>Attune session review</h1>
      <p class="warning" role="alert">
        The session log could not be opened: {message}
      </p>
    </main>
  );
}
