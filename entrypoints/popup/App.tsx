export function App() {
  return (
    <main>
      <h1>Backstory</h1>
    </main>
  );
}
