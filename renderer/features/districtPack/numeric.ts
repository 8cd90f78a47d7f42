/** Counts, amounts (5.43, 1.5524) and shares (92.4%) line up on the right like the numbers they are. */
export const isNumeric = (cell: string | number) => typeof cell === 'number' || /^-?\d+(\.\d+)?%?$/.test(cell);
