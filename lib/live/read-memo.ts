/**
 * What the live reader remembers of a page between two reads, so that a chat of 2,000 long
 * messages is read in full once and, after that, a read re-reads only the messages whose elements
 * changed, and typing in the reply box re-reads none.
 *
 * Two kinds of memory, both forgotten as soon as the page changes something they depend on (the
 * reader passes its MutationObserver's records to `note`):
 *
 * - per element (`remembered`): what reading the element gave, its visible text or the message
 *   it holds. Forgotten when anything inside it changes (a child, text, an attribute), when an
 *   attribute that can hide or show text (`class`, `style`, `hidden`, `aria-hidden`) changes on it
 *   or around it, and, everywhere, when a stylesheet is added, removed or edited;
 * - page lookups (`lookedUp`): elements found by searching the page, such as the reply box.
 *   Forgotten when anything changes outside the page's editable fields and outside the message
 *   lists the adapters name (`messageList`): typing, or a message arriving, changes nothing they
 *   depend on.
 *
 * Not seen: a stylesheet edited through the CSSOM, or a media query starting to apply (a resize).
 * A message already read then keeps its text until something inside it changes.
 *
 * The adapters stay pure functions of the DOM: without a current memo (tests, fixtures, pick
 * mode), both helpers just compute. The reader makes its memo current for one read (`readingWith`).
 */

/** The attributes whose changes can change what text is visible (see dom.ts, `lookOf`). */
const STYLING_ATTRIBUTES = new Set(['class', 'style', 'hidden', 'aria-hidden']);

interface Entry {
  readonly value: unknown;
  /** The memo's clock when the value was computed. */
  readonly at: number;
}

/** Whether a change is inside (or on) an editable field: the counselor typing, not the chat changing. */
export function inEditor(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  if (element.closest('textarea, input')) return true;
  const editable = element.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

export class ReadMemo {
  private entries = new WeakMap<Node, Map<string, Entry>>();
  private lookups = new WeakMap<object, Map<string, unknown>>();
  /** Message lists: a change inside one leaves the page lookups alone. */
  private lists = new WeakSet<Node>();
  /** When (the memo's clock) a styling attribute last changed on an element. */
  private restyled = new WeakMap<Node, number>();
  /** Per element, the latest restyle of it or of any ancestor; valid until the next change. */
  private restyledAround = new WeakMap<Node, number>();
  private clock = 1;
  /** Something outside the page's editable fields changed since the last `takeChatChanged`. */
  private chatChanged = true;

  get(node: Node, key: string): { value: unknown } | undefined {
    const entry = this.entries.get(node)?.get(key);
    if (!entry || this.lastRestyle(node) >= entry.at) return undefined;
    return entry;
  }

  set(node: Node, key: string, value: unknown): void {
    let forNode = this.entries.get(node);
    if (!forNode) {
      forNode = new Map();
      this.entries.set(node, forNode);
    }
    forNode.set(key, { value, at: ++this.clock });
  }

  lookup(root: object, key: string): { value: unknown } | undefined {
    const forRoot = this.lookups.get(root);
    return forRoot?.has(key) ? { value: forRoot.get(key) } : undefined;
  }

  setLookup(root: object, key: string, value: unknown): void {
    let forRoot = this.lookups.get(root);
    if (!forRoot) {
      forRoot = new Map();
      this.lookups.set(root, forRoot);
    }
    forRoot.set(key, value);
  }

  /** Takes the page's changes into account (the reader's MutationObserver records). */
  note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (!inEditor(record.target)) {
        this.chatChanged = true;
        if (!this.insideList(record.target)) this.lookups = new WeakMap();
      }
      if (record.type === 'attributes') {
        if (STYLING_ATTRIBUTES.has(record.attributeName ?? '')) this.restyle(record.target);
      } else if (record.type === 'childList') {
        // An element put (back) in the page is read again, whatever was remembered of it: its
        // new surroundings may style it, or give it another author, differently.
        for (let i = 0; i < record.addedNodes.length; i++) this.restyle(record.addedNodes[i]!);
      }
      if (
        record.type !== 'attributes' &&
        (record.type === 'childList'
          ? touchesStyles(record.addedNodes) || touchesStyles(record.removedNodes)
          : record.target.parentNode?.nodeName === 'STYLE')
      ) {
        this.clear();
        continue;
      }
      for (let node: Node | null = record.target; node; node = node.parentNode) this.entries.delete(node);
    }
  }

  /**
   * Whether anything outside the editable fields changed since the last call: when not, the
   * messages are what they were at the last full read.
   */
  takeChatChanged(): boolean {
    const changed = this.chatChanged;
    this.chatChanged = false;
    return changed;
  }

  markList(list: Node): void {
    this.lists.add(list);
  }

  private insideList(node: Node): boolean {
    for (let at: Node | null = node; at; at = at.parentNode) if (this.lists.has(at)) return true;
    return false;
  }

  clear(): void {
    this.entries = new WeakMap();
    this.lookups = new WeakMap();
    this.restyled = new WeakMap();
    this.restyledAround = new WeakMap();
    this.chatChanged = true;
  }

  private restyle(node: Node): void {
    this.restyled.set(node, ++this.clock);
    // What is known of the restyles around elements is stale beneath `node`, if anything beneath
    // it was looked at (a lookup caches every element up from the one looked at). A new element,
    // as a new message is, was never looked at: the rest stays known.
    if (this.restyledAround.has(node)) this.restyledAround = new WeakMap();
  }

  private lastRestyle(node: Node): number {
    const known = this.restyledAround.get(node);
    if (known !== undefined) return known;
    const own = this.restyled.get(node) ?? 0;
    const parent = node.parentNode;
    const around = Math.max(own, parent ? this.lastRestyle(parent) : 0);
    this.restyledAround.set(node, around);
    return around;
  }
}

function touchesStyles(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const name = nodes[i]!.nodeName;
    if (name === 'STYLE' || name === 'LINK') return true;
  }
  return false;
}

let current: ReadMemo | null = null;

/** Runs `read` with `memo` as the memo the helpers below use (null: none, compute everything). */
export function readingWith<T>(memo: ReadMemo | null, read: () => T): T {
  const previous = current;
  current = memo;
  try {
    return read();
  } finally {
    current = previous;
  }
}

/**
 * `compute()`, or what it gave for `node` and `key` in an earlier read when nothing that could
 * change it has changed since. `compute` must depend only on `node`, its subtree and their styles.
 */
export function remembered<T>(node: Node, key: string, compute: () => T): T {
  const memo = current;
  if (!memo) return compute();
  const hit = memo.get(node, key);
  if (hit) return hit.value as T;
  const value = compute();
  memo.set(node, key, value);
  return value;
}

/**
 * Says that `list` holds the messages and nothing the adapter looks up with `lookedUp` (the
 * reply box is elsewhere): messages arriving in it then keep those lookups. Returns `list`.
 */
export function messageList<T extends Element | null>(list: T): T {
  if (list) current?.markList(list);
  return list;
}

/**
 * `find()`, or what it found under `root` in an earlier read when nothing outside the page's
 * editable fields and message lists has changed since. For searches of the whole page whose result cannot change
 * when the counselor types (the reply box itself, the pane it sits in).
 */
export function lookedUp<T>(root: object, key: string, find: () => T): T {
  const memo = current;
  if (!memo) return find();
  const hit = memo.lookup(root, key);
  if (hit) return hit.value as T;
  const value = find();
  memo.setLookup(root, key, value);
  return value;
}
