import { render } from 'preact';

render(<main>Context Cards</main>, document.getElementById('app')!);
