import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ROLES_KEY } from '@hpc-access/auth';
import { ChangeConfiguration, GetConfiguration } from './configuration-routes';

class View {}

// @nestjs/swagger's metadata keys (its constants are not exported from the package root).
const DECORATORS = { API_OPERATION: 'swagger/apiOperation', API_RESPONSE: 'swagger/apiResponse', API_PARAMETERS: 'swagger/apiParameters' };

class Routes {
  @GetConfiguration({ operationId: 'x.getConfiguration', summary: 'read', roles: ['administrator', 'auditor'], view: View, notSeeded: true })
  get(): void {}

  @ChangeConfiguration({ operationId: 'x.changeConfiguration', summary: 'change', roles: ['administrator'], view: View, description: 'now in force', subject: 'rules', conflict: 'a concurrent change won', unprocessable: 'nonsense' })
  change(): void {}
}

const meta = (key: string, method: keyof Routes) => Reflect.getMetadata(key, Routes.prototype[method]);

describe('configuration routes', () => {
  it('GET states its roles, its operation, the ETag of its answer and, when asked, the 404 before the seed', () => {
    expect(meta(METHOD_METADATA, 'get')).toBe(RequestMethod.GET);
    expect(meta(ROLES_KEY, 'get')).toEqual(['administrator', 'auditor']);
    expect(meta(DECORATORS.API_OPERATION, 'get')).toMatchObject({ operationId: 'x.getConfiguration', summary: 'read' });
    const responses = meta(DECORATORS.API_RESPONSE, 'get');
    expect(responses['200']).toMatchObject({ type: View, headers: { ETag: expect.anything() } });
    expect(responses['200']).not.toHaveProperty('description', undefined);
    expect(Object.keys(responses).sort()).toEqual(['200', '404']);
  });

  it('PUT takes If-Match and documents 409, 412 and 422 in the service own words', () => {
    expect(meta(METHOD_METADATA, 'change')).toBe(RequestMethod.PUT);
    expect(meta(ROLES_KEY, 'change')).toEqual(['administrator']);
    expect(meta(DECORATORS.API_PARAMETERS, 'change')).toEqual([expect.objectContaining({ name: 'If-Match', in: 'header', required: false, description: 'The ETag last read; 412 if the rules changed since' })]);
    const responses = meta(DECORATORS.API_RESPONSE, 'change');
    expect(responses['200']).toMatchObject({ description: 'now in force' });
    expect(responses['409']).toMatchObject({ description: 'a concurrent change won' });
    expect(responses['422']).toMatchObject({ description: 'nonsense' });
    expect(Object.keys(responses).sort()).toEqual(['200', '409', '412', '422']);
  });
});
