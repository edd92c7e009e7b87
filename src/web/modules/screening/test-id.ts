/** A `data-testid` for props typed without it (antd's okButtonProps and the like). */
export const testId = (id: string) => ({ 'data-testid': id }) as Record<string, string>;
