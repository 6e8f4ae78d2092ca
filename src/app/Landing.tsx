import { PANELS } from '../panels/catalog';

/** What each panel teaches, in the lecture's order. */
export function Landing() {
  return (
    <section className="landing">
      <h1>Curvature Lab</h1>
      <p className="lead">
        Interactive figures for <em>second-order optimization</em> of neural networks (CSC 2541,
        Lecture 4). Each panel turns one slide into something to drag, slide and check with numbers.
      </p>
      <ul className="panel-cards">
        {PANELS.map((p) => (
          <li key={p.id}>
            <a href={`#/${p.id}`}>
              <h2>{p.title}</h2>
              <p className="slides">Slides: {p.slides}</p>
              <p>{p.teaches}</p>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
