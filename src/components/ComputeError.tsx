/** The notice shown when a panel's computation threw (the message comes from the engine). */
export function ComputeError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      The computation failed: {error}
    </div>
  );
}
