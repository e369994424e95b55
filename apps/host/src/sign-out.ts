/**
 * Signing out of the demo cabinet, as a real cabinet must do it with the support module: take
 * the module off the page (single-spa unmounts it once the cabinet says the seller is gone), then
 * `clearSellerData()` forgets what the seller wrote on this device (their drafts) and stops the
 * module's unread watcher. Signing in again brings the module back, empty.
 */
import { triggerAppChange } from 'single-spa';
import { currentShellTexts } from './shell';

export interface SignOutOptions {
  /** Where the "Выйти" button goes: the end of the cabinet's header. */
  header: HTMLElement;
  /** The cabinet's pages, hidden while signed out. */
  main: HTMLElement;
  /** The module's `clearSellerData`, from its small entry (no React). */
  loadClearSellerData: () => Promise<() => Promise<void>>;
  /** What else the cabinet stops at sign-out: the "ask about this order" dialog, … */
  onSignOut: () => void;
  /** What the cabinet restarts at sign-in: the unread badge. */
  onSignIn: () => void;
}

export interface Session {
  /** Whether a seller is signed in: the module's activity rule asks it. */
  signedIn: () => boolean;
}

/** A text of the cabinet's, in its language now and again whenever the language switches (shell.ts). */
function shellTextOf(
  element: HTMLElement,
  key: 'signOut' | 'signedOutTitle' | 'signedOutNote' | 'signIn',
): void {
  element.dataset['text'] = key;
  element.textContent = currentShellTexts()[key];
}

export function createSignOut({
  header,
  main,
  loadClearSellerData,
  onSignOut,
  onSignIn,
}: SignOutOptions): Session {
  let signedIn = true;
  const document = header.ownerDocument;

  const signOutButton = document.createElement('button');
  signOutButton.type = 'button';
  signOutButton.className = 'cabinet-button cabinet-sign-out';
  shellTextOf(signOutButton, 'signOut');
  header.append(signOutButton);

  const signedOut = document.createElement('section');
  signedOut.className = 'shell-page';
  signedOut.setAttribute('aria-labelledby', 'signed-out-title');
  signedOut.hidden = true;
  const title = document.createElement('h1');
  title.id = 'signed-out-title';
  shellTextOf(title, 'signedOutTitle');
  const note = document.createElement('p');
  shellTextOf(note, 'signedOutNote');
  const signInButton = document.createElement('button');
  signInButton.type = 'button';
  signInButton.className = 'cabinet-button';
  shellTextOf(signInButton, 'signIn');
  signedOut.append(title, note, signInButton);
  main.after(signedOut);

  signOutButton.addEventListener('click', () => {
    signedIn = false;
    signOutButton.disabled = true;
    onSignOut();
    // Unmount first: a module still mounted would keep the seller's words on screen.
    Promise.all([triggerAppChange(), loadClearSellerData()])
      .then(([, clearSellerData]) => clearSellerData())
      .then(() => {
        main.hidden = true;
        signOutButton.hidden = true;
        signedOut.hidden = false;
        signInButton.focus();
      })
      .catch(reportError);
  });

  signInButton.addEventListener('click', () => {
    signedIn = true;
    signedOut.hidden = true;
    main.hidden = false;
    signOutButton.hidden = false;
    signOutButton.disabled = false;
    onSignIn();
    void triggerAppChange();
  });

  return { signedIn: () => signedIn };
}
