/** An event's place among stories: the story it is part of, and its sub-stories. */
import type { EntityKind } from '../../core/pack';

export interface CardStoryProps {
  parent?: string;
  children?: string[];
  names?: Record<string, { name: string; kind: EntityKind }>;
  /** How many sub-stories to list. */
  max: number;
  onOpen?: (id: string) => void;
}

function StoryLink({
  id,
  name,
  onOpen,
}: {
  id: string;
  name: string;
  onOpen?: (id: string) => void;
}) {
  return onOpen ? (
    <button type="button" class="bs-button bs-card-related-link" onClick={() => onOpen(id)}>
      {name}
    </button>
  ) : (
    <span>{name}</span>
  );
}

/** Nothing when the card has no named parent or sub-story. */
export function CardStory({ parent, children = [], names, max, onOpen }: CardStoryProps) {
  const parentName = parent && names?.[parent]?.name;
  const subs = children.filter((id) => names?.[id]).slice(0, max);
  if (!parentName && subs.length === 0) return null;
  return (
    <section class="bs-card-story" aria-label="Story">
      {parentName && (
        <p class="bs-card-parent">
          Part of <StoryLink id={parent!} name={parentName} onOpen={onOpen} />
        </p>
      )}
      {subs.length > 0 && (
        <>
          <h3 class="bs-card-subhead">Sub-stories</h3>
          <ul class="bs-card-related">
            {subs.map((id) => (
              <li key={id}>
                <StoryLink id={id} name={names![id]!.name} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
