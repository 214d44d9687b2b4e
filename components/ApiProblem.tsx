/** Parliament's Committees API could not be read: said plainly, with what went wrong, beside the fallback's outcome. */
export function ApiProblem({ message }: { message: string }) {
  return (
    <span className="cl-api-problem" data-cl-api-problem="">
      {' '}
      Couldn’t read Parliament’s data ({message}), so the committee pages were followed instead.
    </span>
  );
}
